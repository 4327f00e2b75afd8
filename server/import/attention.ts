import type { ImportReport } from '#domain/import-report.js';
import { conflictLine, fieldName, n, plural } from './words.js';

const FIRST = 3;

/** What a curator should look at first, most important first: file-level problems, conflicts, rejects, guesses to confirm. */
export function attentionOf(report: ImportReport): string[] {
  const out: string[] = [];
  if (report.fatal) out.push(`Import arrêté : ${report.fatal.message}`);
  for (const f of report.files) for (const p of f.problems) out.push(`${f.file} : ${p}`);
  const lost = report.conflicts.filter((c) => c.kind !== 'ambiguous');
  if (lost.length) out.push(`${plural(lost.length, 'conflit', 'conflits')} (même identifiant, exemples différents ; la ligne la plus récente est gardée, l’autre écartée) : ${lost.slice(0, FIRST).map(conflictLine).join(' ; ')}${lost.length > FIRST ? ' …' : ''}`);
  const ambiguous = report.conflicts.filter((c) => c.kind === 'ambiguous');
  if (ambiguous.length) out.push(`${plural(ambiguous.length, 'ligne gardée à part', 'lignes gardées à part')} (sans région ou porteur, elles pourraient compléter plusieurs exemples du même titre) : ${ambiguous.slice(0, FIRST).map(conflictLine).join(' ; ')}`);
  if (report.cellConflicts.length) {
    const c = report.cellConflicts[0]!;
    out.push(`${plural(report.cellConflicts.length, 'ligne', 'lignes')} où des colonnes répétées d’un champ à valeur unique diffèrent (la première est gardée), par ex. ${c.file} ligne ${n(c.line)}, ${fieldName(c.field)} : ${c.values.map((v) => `« ${v} »`).join(' / ')}`);
  }
  for (const f of report.files) {
    for (const c of f.columns.filter((c) => c.how === 'content' && c.recognised)) {
      out.push(`${f.file} : à confirmer, colonne « ${c.header} » lue comme ${fieldName(c.field!)} (${n(c.recognised!.values)}/${n(c.recognised!.of)} valeurs reconnues)`);
    }
  }
  return out;
}
