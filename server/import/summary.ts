import { fieldLabel } from '#domain/normalise/headers.js';
import type { ImportReport } from './report.js';

const DELIMITERS: Record<string, string> = { ';': '« ; »', ',': '« , »', '\t': 'tabulation' };
const ENCODINGS: Record<string, string> = { 'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8 avec BOM', 'windows-1252': 'Windows-1252', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16' };

const n = (value: number): string => value.toLocaleString('fr-FR');
const seconds = (ms: number): string => (ms / 1000).toLocaleString('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const plural = (count: number, one: string, many: string): string => `${n(count)} ${count > 1 ? many : one}`;

/** The short French summary printed at the end of `npm run import`. */
export function formatSummary(report: ImportReport): string {
  const c = report.counts;
  const lines = [
    report.dryRun ? 'Essai terminé (--dry-run) : rien n’a été envoyé au moteur.' : `Import terminé dans l’index « ${report.index} » en ${seconds(report.durationMs)} s.`,
    `  Fichiers : ${n(c.files)}`,
    ...report.files.map((f) => `    ${f.file} : ${plural(f.rows, 'ligne', 'lignes')}, ${ENCODINGS[f.encoding]}, séparateur ${DELIMITERS[f.delimiter]}${f.rejected ? `, ${plural(f.rejected, 'rejet', 'rejets')}` : ''}`),
    `  Lignes lues : ${n(c.rowsRead)}`,
    `  ${report.dryRun ? 'Exemples valides' : 'Exemples importés'} : ${n(c.imported)}`,
    ...(report.dataset?.diff ? [`  Changements : ${changes(report.dataset.diff)}`] : []),
    `  Lignes rejetées : ${n(c.rejected)}${reasons(report)}`,
    `  Doublons écartés : ${n(c.duplicates)}`,
    `  Valeurs non reconnues : ${c.unmappedValues === 0 ? 'aucune' : n(c.unmappedValues)}`,
    ...Object.entries(report.unmapped).map(([field, values]) => {
      const rows = values.reduce((sum, v) => sum + v.count, 0);
      const examples = values.slice(0, 3).map((v) => `« ${v.value} »`).join(', ');
      return `    ${fieldLabel(field)} : ${plural(values.length, 'valeur', 'valeurs')} sur ${plural(rows, 'ligne', 'lignes')} (${examples}${values.length > 3 ? '…' : ''})`;
    }),
    `  Textes raccourcis : ${truncations(report)}`,
    ...report.files.filter((f) => !f.titleColumn && f.header.length).map((f) => `  Colonne Titre absente dans ${f.file} : ${plural(f.rejected, 'ligne rejetée', 'lignes rejetées')} (en-tête : ${f.header.join(', ')})`),
    ...report.files.filter((f) => f.extraColumns.length).map((f) => `  Colonnes ignorées dans ${f.file} : ${f.extraColumns.join(', ')}`),
    ...(report.reportFile ? [`  Rapport : ${report.reportFile}`] : []),
    ...(report.reportError ? [`  Rapport non écrit (les données sont publiées) : ${report.reportError}`] : []),
    ...(report.rejectsFile ? [`  Fichier des rejets : ${report.rejectsFile}`] : []),
  ];
  return lines.join('\n');
}

/** "12 ajoutés, 3 retirés, 5 modifiés, 1 240 inchangés": what the new version changes for the public. */
function changes(diff: NonNullable<NonNullable<ImportReport['dataset']>['diff']>): string {
  return `${n(diff.added)} ajoutés, ${n(diff.removed)} retirés, ${n(diff.changed)} modifiés, ${n(diff.unchanged)} inchangés`;
}

/** "Description 3 lignes (limite 20 000 caractères)", field after field. */
function truncations(report: ImportReport): string {
  const fields = Object.entries(report.truncated);
  if (fields.length === 0) return 'aucun';
  return fields.map(([field, t]) => `${fieldLabel(field)} ${plural(t.rows, 'ligne', 'lignes')} (limite ${plural(t.limit, 'caractère', 'caractères')})`).join(' ; ');
}

function reasons(report: ImportReport): string {
  if (report.rejects.length === 0) return '';
  const byReason = new Map<string, number>();
  for (const r of report.rejects) {
    const key = r.reason.replace(/ :.*$/, '');
    byReason.set(key, (byReason.get(key) ?? 0) + 1);
  }
  return ` (${[...byReason].map(([reason, count]) => `${reason} : ${n(count)}`).join(' ; ')})`;
}
