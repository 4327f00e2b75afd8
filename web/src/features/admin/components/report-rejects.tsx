import type { ImportReport } from '../lib/admin-types';
import { n, plural } from '../lib/format';

const SHOWN = 50;
const cut = (text: string): string => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** A rejected row's non-empty cells, each under its file's header (« Titre : … »), as a curator finds them in the file. */
function cellsOf(report: ImportReport, reject: ImportReport['rejects'][number]): string {
  const header = report.files.find((f) => f.file === reject.file)?.header ?? [];
  return reject.cells.map((cell, i) => (cell.trim() ? `${header[i] ? `${header[i]} : ` : ''}${cut(cell)}` : '')).filter(Boolean).join(' · ');
}

/** Rejected rows: file, line, reason, the row's cells. Neither published nor lost. */
export function ReportRejects({ report }: { report: ImportReport }) {
  if (!report.rejects.length) return <p>Aucune ligne rejetée.</p>;
  return (
    <div className="table-scroll">
      <table className="admin-table">
        <caption>
          {plural(report.rejects.length, 'ligne rejetée', 'lignes rejetées')} (ni publiées ni perdues : corrigez-les dans le fichier et déposez-le à nouveau){report.rejects.length > SHOWN ? ` — les ${SHOWN} premières` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Fichier</th>
            <th scope="col">Ligne</th>
            <th scope="col">Motif</th>
            <th scope="col">Cellules de la ligne</th>
          </tr>
        </thead>
        <tbody>
          {report.rejects.slice(0, SHOWN).map((r) => (
            <tr key={`${r.file}-${r.line}`}>
              <td>{r.file}</td>
              <td>{n(r.line)}</td>
              <td>{r.reason}</td>
              <td className="cells">{cellsOf(report, r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
