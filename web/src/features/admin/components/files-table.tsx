import type { ImportJob } from '../lib/admin-types';
import { n, size } from '../lib/format';

const ENCODINGS: Record<string, string> = { 'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8 avec BOM', 'windows-1252': 'Windows-1252', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16' };
const DELIMITERS: Record<string, string> = { ';': '« ; »', ',': '« , »', '\t': 'tabulation', '|': '« | »' };
const KINDS = { csv: 'CSV', tsv: 'TSV', xlsx: 'Excel (.xlsx)' } as const;

/** Per file: kind, encoding, separator, rows, columns read / chosen / ignored, rejects. */
export function FilesTable({ job }: { job: ImportJob }) {
  const reports = job.report?.files ?? [];
  return (
    <table className="admin-table">
      <caption>Fichiers lus</caption>
      <thead>
        <tr>
          <th scope="col">Fichier</th>
          <th scope="col">Type</th>
          <th scope="col">Encodage, séparateur</th>
          <th scope="col">Lignes</th>
          <th scope="col">Colonnes lues</th>
          <th scope="col">Colonnes ignorées</th>
          <th scope="col">Rejets</th>
        </tr>
      </thead>
      <tbody>
        {job.files.map((file, i) => {
          const r = reports[i];
          const columns = r?.columns ?? [];
          const read = columns.filter((c) => c.field);
          const ignored = columns.filter((c) => !c.field);
          return (
            <tr key={file.name + i}>
              <th scope="row">
                {file.name} <span className="muted">({size(file.size)})</span>
              </th>
              <td>{KINDS[file.kind]}</td>
              <td>{r ? (file.kind === 'xlsx' ? 'classeur' : `${ENCODINGS[r.encoding] ?? r.encoding}, ${DELIMITERS[r.delimiter] ?? r.delimiter}`) : '—'}</td>
              <td>{r ? n(r.rows) : '—'}</td>
              <td>
                {n(read.length)}
                {read.some((c) => c.how === 'mapping') ? ` dont ${n(read.filter((c) => c.how === 'mapping').length)} choisie(s)` : ''}
              </td>
              <td>{ignored.length ? ignored.map((c) => c.header).join(', ') : 'aucune'}</td>
              <td>{r ? n(r.rejected) : '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
