import { fieldName, inferredLabel, RULES } from '#domain/report-words.js';
import type { ImportReport } from '../lib/admin-types';
import { n, plural } from '../lib/format';

const SHOWN = 30;
const at = (s: { file: string; line: number }): string => `${s.file} ligne ${n(s.line)}`;

/** Rows that completed an example (merged: fields filled, lists united), rows that repeated one (duplicates), values read beyond the letter of a cell. */
export function ReportMerges({ report }: { report: ImportReport }) {
  const { merges, duplicates, inferred } = report;
  return (
    <>
      {merges.length ? (
        <div className="table-scroll">
          <table className="admin-table">
            <caption>{plural(merges.length, 'ligne fusionnée', 'lignes fusionnées')} : elles complétaient un exemple (champs vides remplis, listes réunies){merges.length > SHOWN ? ` — les ${SHOWN} premières` : ''}</caption>
            <thead>
              <tr>
                <th scope="col">Identifiant</th>
                <th scope="col">Ligne gardée</th>
                <th scope="col">Ligne fusionnée</th>
                <th scope="col">Champs apportés</th>
              </tr>
            </thead>
            <tbody>
              {merges.slice(0, SHOWN).map((m) => (
                <tr key={`${m.id}-${m.merged.file}-${m.merged.line}`}>
                  <td>{m.id}</td>
                  <td>{at(m.kept)}</td>
                  <td>{at(m.merged)}</td>
                  <td>{m.fields.map(fieldName).join(', ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>Aucune ligne fusionnée.</p>
      )}
      <p>
        {duplicates.length
          ? `${plural(duplicates.length, 'doublon écarté', 'doublons écartés')} : même exemple sur plusieurs lignes, la plus récemment mise à jour est gardée (par exemple ${duplicates
              .slice(0, 3)
              .map((d) => `${d.id} : ${at(d.kept)} gardée, ${at(d.dropped)} écartée`)
              .join(' ; ')}).`
          : 'Aucun doublon.'}
      </p>
      {inferred.length ? (
        <>
          <h3>Valeurs déduites</h3>
          <ul>
            {inferred.map((i) => (
              <li key={`${i.field}-${i.rule}`}>
                {fieldName(i.field)}, {RULES[i.rule]} : {plural(i.rows, 'ligne', 'lignes')} ({i.examples.slice(0, 2).map((e) => `« ${e.from} » → ${inferredLabel(i.field, e.to)}`).join(', ')})
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
