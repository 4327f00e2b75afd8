import { DEPARTMENTS } from '#domain/departments.js';

const BY_CODE = new Map(DEPARTMENTS.map((d) => [d.code, d.name]));

/** "Vendée (85)" for a département code; the bare code when it is unknown. */
export const departmentLabel = (code: string): string => {
  const name = BY_CODE.get(code);
  return name ? `${name} (${code})` : code;
};
