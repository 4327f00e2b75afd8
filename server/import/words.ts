import type { Conflict } from '#domain/import-report.js';
import { CONFLICT_WHY } from '#domain/report-words.js';

// French wording shared by the report's attention list and the console summary (field names and rules: domain/report-words.ts).

export { fieldName, RULES } from '#domain/report-words.js';

export const n = (value: number): string => value.toLocaleString('fr-FR');
export const plural = (count: number, one: string, many: string): string => `${n(count)} ${count > 1 ? many : one}`;
export const at = (s: { file: string; line: number }): string => `${s.file} ligne ${n(s.line)}`;

/** One conflict, both lines side by side. */
export const conflictLine = (c: Conflict): string => `« ${c.id} » : ${CONFLICT_WHY[c.kind]} — ${at(c.kept)} (« ${c.kept.title} ») / ${at(c.other)} (« ${c.other.title} »)`;
