import type { FileReport } from '#domain/import-report.js';
import { masked } from '#domain/normalise/personal-data.js';
import { DELIMITER_NAMES, type Delimiter } from './delimiter.js';
import type { SourceRecord } from './file-source.js';

type Ragged = NonNullable<FileReport['ragged']>;
const n = (value: number): string => value.toLocaleString('fr-FR');

/**
 * Rows whose cell count is not the header's (data-format.md §1): never mapped by position. Trailing empty cells do not
 * count, nor missing cells under trailing empty headers. A workbook's cells have their column: it has none.
 */
export function raggedCheck(header: readonly string[], kind: FileReport['kind']): { reason(cells: readonly string[]): string | undefined; summary(rows: number): Ragged | undefined } {
  const width = header.length;
  let named = width;
  while (named > 0 && header[named - 1]!.trim() === '') named--;
  let rows = 0;
  let fewest = Infinity;
  let most = 0;
  return {
    reason(cells) {
      if (kind === 'xlsx' || cells.length === width) return undefined;
      if (cells.length > width ? cells.slice(width).every((c) => c.trim() === '') : cells.length >= named) return undefined;
      rows++;
      fewest = Math.min(fewest, cells.length);
      most = Math.max(most, cells.length);
      return `Nombre de cellules différent de l’en-tête : ${n(cells.length)} cellules pour ${n(width)} colonnes (cellules impossibles à attribuer sans deviner)`;
    },
    summary: () => (rows ? { rows, headerCells: width, fewest, most } : undefined),
  };
}

interface ProblemsInput {
  stats: FileReport;
  preamble: SourceRecord[];
  ragged: Ragged | undefined;
  delimiter: Delimiter | undefined;
  idColumn: FileReport['idColumn'];
}

const cellsRange = (r: Ragged): string => (r.fewest === r.most ? `${n(r.fewest)}` : `${n(r.fewest)} à ${n(r.most)}`);

/** The file-level messages a curator reads first, most important first. */
export function fileProblems({ stats, preamble, ragged, delimiter, idColumn }: ProblemsInput): string[] {
  const out: string[] = [];
  const separator = delimiter ? ` avec le séparateur ${DELIMITER_NAMES[delimiter]}` : '';
  if (stats.header.length === 1 && delimiter) {
    out.push(`l’en-tête est lu comme une seule cellule${separator} (« ${masked(stats.header[0]!).slice(0, 120)} ») : le fichier utilise-t-il un autre séparateur ?`);
  }
  if (ragged && ragged.rows * 2 > stats.rows) {
    out.push(`${n(ragged.rows)} lignes sur ${n(stats.rows)} n’ont pas autant de cellules que l’en-tête (${cellsRange(ragged)} cellules pour ${n(ragged.headerCells)} colonnes${separator}) : l’export a sans doute omis les cellules vides ; ces lignes sont rejetées plutôt que lues au hasard`);
  } else if (ragged) {
    out.push(`${n(ragged.rows)} ligne${ragged.rows > 1 ? 's' : ''} rejetée${ragged.rows > 1 ? 's' : ''} : ${cellsRange(ragged)} cellules pour ${n(ragged.headerCells)} colonnes d’en-tête${separator}`);
  }
  if (!stats.titleColumn && stats.header.length > 1) out.push(`aucune colonne « Titre » dans l’en-tête : ses ${n(stats.rows)} lignes sont rejetées`);
  if (idColumn && !idColumn.used) {
    out.push(`la colonne « ${idColumn.header} » n’identifie pas les exemples (${n(idColumn.values)} valeurs pour ${n(idColumn.examples)} exemples différents, un code de catégorie) : identifiants déduits du titre, du porteur et de la région`);
  }
  if (preamble.length) out.push(`${n(preamble.length)} ligne${preamble.length > 1 ? 's' : ''} au-dessus de l’en-tête ignorée${preamble.length > 1 ? 's' : ''} (en-tête trouvé ligne ${n(stats.headerLine)})`);
  return out;
}
