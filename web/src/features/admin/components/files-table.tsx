import { DELIMITER_NAMES, ENCODING_NAMES, fieldName } from '#domain/report-words.js';
import type { FileReport, ImportJob } from '../lib/admin-types';
import { n, plural, size } from '../lib/format';

const KINDS = { csv: 'CSV', tsv: 'TSV', xlsx: 'Excel (.xlsx)' } as const;

/** How a file was read: its encoding and delimiter, or its sheet; and the line of its header when rows stand above it. */
function readAs(r: FileReport): string {
  const how = r.kind === 'xlsx' ? `feuille « ${r.sheet ?? '?'} »${r.sheets && r.sheets.length > 1 ? ` (sur ${n(r.sheets.length)})` : ''}` : `${r.encoding ? ENCODING_NAMES[r.encoding] : '?'}, ${r.delimiter ? DELIMITER_NAMES[r.delimiter] : '?'}`;
  return r.headerLine > 1 ? `${how}, en-tête ligne ${n(r.headerLine)}` : how;
}

/** The columns it read, by how: by their header, by the mapping, by their content (with the figures). */
function columnsRead(r: FileReport): string[] {
  const header = r.columns.filter((c) => c.how === 'header').length;
  const mapping = r.columns.filter((c) => c.how === 'mapping').length;
  return [
    `${n(header)} par leur en-tête`,
    // A correspondence edited here is filed under the file's own name: only a saved profile's name says something.
    ...(mapping ? [`${n(mapping)} par la correspondance${r.profile && r.profile !== r.file ? ` « ${r.profile} »` : ''}`] : []),
    ...r.columns.filter((c) => c.how === 'content').map((c) => `« ${c.header || `colonne ${c.position}`} » lue comme ${fieldName(c.field!)} par son contenu (${n(c.recognised?.values ?? 0)}/${n(c.recognised?.of ?? 0)} valeurs reconnues)`),
  ];
}

const ignoredOf = (r: FileReport): string[] => r.columns.filter((c) => (c.how === 'ignored' || c.how === 'contact') && c.header).map((c) => `${c.header}${c.how === 'contact' ? ' (contact)' : ''}`);

/** Per file: kind, encoding and delimiter (or sheet), rows, how its columns were read, which were ignored, rejects. */
export function FilesTable({ job }: { job: ImportJob }) {
  const reports = job.report?.files ?? [];
  return (
    <div className="table-scroll">
      <table className="admin-table">
        <caption>Fichiers lus</caption>
        <thead>
          <tr>
            <th scope="col">Fichier</th>
            <th scope="col">Type</th>
            <th scope="col">Lu comme</th>
            <th scope="col">Lignes</th>
            <th scope="col">Colonnes lues</th>
            <th scope="col">Colonnes ignorées</th>
            <th scope="col">Rejets</th>
          </tr>
        </thead>
        <tbody>
          {job.files.map((file, i) => {
            const r = reports.find((f) => f.file === file.name) ?? reports[i];
            const ignored = r ? ignoredOf(r) : [];
            return (
              <tr key={file.name + i}>
                <th scope="row">
                  {file.name} <span className="muted">({size(file.size)})</span>
                </th>
                <td>{KINDS[file.kind]}</td>
                <td>{r ? readAs(r) : '—'}</td>
                <td>{r ? n(r.rows) : '—'}</td>
                <td>{r ? columnsRead(r).map((line) => <span key={line} className="cell-line">{line}</span>) : '—'}</td>
                <td>{r ? (ignored.length ? ignored.join(', ') : 'aucune') : '—'}</td>
                <td>{r ? (r.ragged ? `${n(r.rejected)} (dont ${plural(r.ragged.rows, 'ligne', 'lignes')} de ${n(r.ragged.fewest)} à ${n(r.ragged.most)} cellules pour ${n(r.ragged.headerCells)})` : n(r.rejected)) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
