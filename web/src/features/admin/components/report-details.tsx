import type { ImportReport } from '../lib/admin-types';
import { n, plural } from '../lib/format';

const SHOWN = 50;

/** Rejected rows (file, line, reason, the row's cells) and duplicates set aside, as the report lists them. */
export function ReportDetails({ report }: { report: ImportReport }) {
  return (
    <section className="admin-card" aria-labelledby="rejects-title">
      <h2 id="rejects-title">Lignes rejetées et doublons</h2>
      {report.rejects.length === 0 ? (
        <p>Aucune ligne rejetée.</p>
      ) : (
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
                  <td className="cells">{r.cells.filter((c) => c.trim()).map((c) => (c.length > 60 ? `${c.slice(0, 60)}…` : c)).join(' · ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        {report.duplicates.length
          ? `${plural(report.duplicates.length, 'doublon écarté', 'doublons écartés')} : même identifiant sur plusieurs lignes, la plus récemment mise à jour est gardée (par exemple ${report.duplicates
              .slice(0, 3)
              .map((d) => `${d.id} : ${d.kept.file} ligne ${d.kept.line} gardée, ${d.dropped.file} ligne ${d.dropped.line} écartée`)
              .join(' ; ')}).`
          : 'Aucun doublon.'}
      </p>
    </section>
  );
}
