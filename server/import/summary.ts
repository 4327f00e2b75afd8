import type { FileReport, ImportReport } from '#domain/import-report.js';
import { ENCODING_NAMES, inferredLabel } from '#domain/report-words.js';
import { fieldLabel } from '#domain/normalise/headers.js';
import { DELIMITER_NAMES } from './delimiter.js';
import { fieldName, n, plural, RULES } from './words.js';

const seconds = (ms: number): string => (ms / 1000).toLocaleString('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function fileLine(f: FileReport): string[] {
  const kind = f.kind === 'xlsx' ? `classeur Excel, feuille « ${f.sheet} »` : `${ENCODING_NAMES[f.encoding!]}, séparateur ${DELIMITER_NAMES[f.delimiter!]}`;
  const lines = [`    ${f.file} : ${plural(f.rows, 'ligne', 'lignes')}, ${kind}${f.rejected ? `, ${plural(f.rejected, 'rejet', 'rejets')}` : ''}`];
  const byHeader = f.columns.filter((c) => c.how === 'header').length;
  const mapped = f.columns.filter((c) => c.how === 'mapping').length;
  const content = f.columns.filter((c) => c.how === 'content');
  const ignored = f.columns.filter((c) => (c.how === 'ignored' || c.how === 'contact') && c.header);
  const parts = [
    `${plural(byHeader, 'colonne lue par son en-tête', 'colonnes lues par leur en-tête')}`,
    ...(mapped ? [`${n(mapped)} par la correspondance${f.profile ? ` « ${f.profile} »` : ''}`] : []),
    ...content.map((c) => `« ${c.header} » lue comme ${fieldName(c.field!)} par son contenu (${n(c.recognised?.values ?? 0)}/${n(c.recognised?.of ?? 0)} valeurs reconnues)`),
  ];
  lines.push(`      ${parts.join(' ; ')}`);
  if (ignored.length) lines.push(`      ignorées : ${ignored.map((c) => `${c.header}${c.how === 'contact' ? ' (contact)' : ''}`).join(', ')}`);
  return lines;
}

/** "Description 3 lignes (limite 20 000 caractères)", field after field. */
/** "12 ajoutés, 3 retirés, 5 modifiés, 1 240 inchangés": what the new version changes for the public. */
function changes(diff: NonNullable<NonNullable<ImportReport['dataset']>['diff']>): string {
  return `${n(diff.added)} ajoutés, ${n(diff.removed)} retirés, ${n(diff.changed)} modifiés, ${n(diff.unchanged)} inchangés`;
}

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

const unmappedLines = (report: ImportReport): string[] =>
  Object.entries(report.unmapped).map(([field, { rows, values }]) => {
    const examples = values.slice(0, 3).map((v) => `« ${v.value} »`).join(', ');
    return `    ${fieldLabel(field)} : ${plural(values.length, 'valeur', 'valeurs')} sur ${plural(rows, 'ligne', 'lignes')} (${examples}${values.length > 3 ? '…' : ''})`;
  });

const inferredLines = (report: ImportReport): string[] =>
  report.inferred.map((i) => `    ${fieldName(i.field)}, ${RULES[i.rule]} : ${plural(i.rows, 'ligne', 'lignes')} (${i.examples.slice(0, 2).map((e) => `« ${e.from} » → ${inferredLabel(i.field, e.to)}`).join(', ')})`);

/** The short French summary printed at the end of `npm run import`: the files and how they were read, what to look at first, the counts. */
export function formatSummary(report: ImportReport): string {
  const c = report.counts;
  const head = report.fatal
    ? `Import arrêté : rien n’a été publié, les données en ligne restent inchangées.`
    : report.dryRun
      ? 'Essai terminé (--dry-run) : rien n’a été envoyé au moteur.'
      : `Import terminé dans l’index « ${report.index} » en ${seconds(report.durationMs)} s.`;
  const lines = [
    head,
    `  Fichiers : ${n(c.files)}`,
    ...report.files.flatMap(fileLine),
    ...(report.skippedFiles.length ? [`    laissés de côté (pas des exports) : ${report.skippedFiles.join(', ')}`] : []),
    ...(report.attention.length ? ['  À vérifier d’abord :', ...report.attention.map((a) => `    - ${a}`)] : []),
    `  Lignes lues : ${n(c.rowsRead)}`,
    `  ${report.dryRun ? 'Exemples valides' : 'Exemples importés'} : ${n(c.imported)}`,
    ...(report.dataset?.diff ? [`  Changements : ${changes(report.dataset.diff)}`] : []),
    `  Lignes rejetées : ${n(c.rejected)}${reasons(report)}`,
    `  Doublons écartés : ${n(c.duplicates)}`,
    ...(c.merged ? [`  Lignes fusionnées (elles complétaient un exemple) : ${n(c.merged)}`] : []),
    ...(c.conflicts ? [`  Lignes en conflit écartées : ${n(c.conflicts)}`] : []),
    `  Valeurs non reconnues : ${c.unmapped === 0 ? 'aucune' : plural(c.unmapped, 'ligne', 'lignes')}`,
    ...unmappedLines(report),
    ...(c.inferred ? [`  Valeurs déduites : ${plural(c.inferred, 'ligne', 'lignes')}`, ...inferredLines(report)] : []),
    ...(c.masked ? [`  Adresses e-mail et numéros de téléphone retirés des textes : ${n(c.masked)}`] : []),
    `  Textes raccourcis : ${truncations(report)}`,
    ...(report.reportFile ? [`  Rapport : ${report.reportFile}`] : []),
    ...(report.reportError ? [`  Rapport non écrit (les données sont publiées) : ${report.reportError}`] : []),
    ...report.rejectsFiles.map((r) => `  Rejets de ${r.file} (à corriger puis réimporter tel quel) : ${r.path}`),
    ...(report.mappingFile ? [`  Correspondance proposée (à compléter, puis --mapping) : ${report.mappingFile}`] : []),
  ];
  return lines.join('\n');
}
