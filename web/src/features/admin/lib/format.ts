// French numbers, sizes and dates for the workspace.
export const n = (value: number): string => value.toLocaleString('fr-FR');
export const plural = (count: number, one: string, many: string): string => `${n(count)} ${count > 1 ? many : one}`;
export const size = (bytes: number): string => (bytes < 1024 * 1024 ? `${n(Math.max(1, Math.round(bytes / 1024)))} Ko` : `${(bytes / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`);
export const dateTime = (iso: string): string => new Date(iso).toLocaleString('fr-FR', { dateStyle: 'long', timeStyle: 'short' });
