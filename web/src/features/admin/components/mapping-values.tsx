import { valueLabel } from '#domain/facet-registry.js';
import { facetOfValueField, IGNORE } from '#domain/mapping-fields.js';
import { fieldName } from '#domain/report-words.js';
import type { ImportReport } from '../lib/admin-types';
import type { MappingDraft } from '../lib/mapping-draft';
import { n } from '../lib/format';

/** Values shown per field: the most frequent (a free-text field may hold thousands). */
const SHOWN = 40;

interface ValueRow {
  field: string;
  value: string;
  count?: number;
  lines?: string;
}

/** The report's unmapped values, most frequent first, and the values the mapping already names (no longer unmapped). */
function rowsOf(report: ImportReport, draft: MappingDraft): { rows: ValueRow[]; hidden: number } {
  const rows: ValueRow[] = [];
  let hidden = 0;
  const fields = new Set([...Object.keys(report.unmapped), ...Object.keys(draft.values)]);
  for (const field of fields) {
    const values = report.unmapped[field]?.values ?? [];
    hidden += Math.max(0, values.length - SHOWN);
    for (const v of values.slice(0, SHOWN)) rows.push({ field, value: v.value, count: v.count, lines: v.firstLines.map((l) => `${l.file} l. ${n(l.line)}`).join(', ') });
    for (const value of Object.keys(draft.values[field] ?? {})) if (!values.some((v) => v.value === value)) rows.push({ field, value });
  }
  return { rows, hidden };
}

/** For each unrecognised value, the taxonomy term it means, or to leave it out (fields without taxonomy: leave out only). */
export function MappingValues({ report, draft, onChange }: { report: ImportReport; draft: MappingDraft; onChange: (field: string, value: string, id: string) => void }) {
  const { rows, hidden } = rowsOf(report, draft);
  if (!rows.length) return <p>Toutes les valeurs ont été reconnues.</p>;
  return (
    <div className="table-scroll">
      <table className="admin-table">
        <caption>
          Valeurs non reconnues (gardées dans « non reconnues », cherchables, mais hors des filtres){hidden ? ` — les ${SHOWN} plus fréquentes par champ, ${n(hidden)} autres dans le rapport` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Champ</th>
            <th scope="col">Valeur</th>
            <th scope="col">Lignes</th>
            <th scope="col">Correspond à</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const facet = facetOfValueField(r.field);
            const label = `Terme pour « ${r.value} » (${fieldName(r.field)})`;
            return (
              <tr key={`${r.field}\u0000${r.value}`}>
                <td>{fieldName(r.field)}</td>
                <td>« {r.value} »</td>
                <td>
                  {r.count === undefined ? 'associée par la correspondance' : n(r.count)}
                  {r.lines ? <span className="muted column-files">{r.lines}</span> : null}
                </td>
                <td>
                  <select aria-label={label} value={draft.values[r.field]?.[r.value] ?? ''} onChange={(e) => onChange(r.field, r.value, e.target.value)}>
                    <option value="">— Laisser non reconnue —</option>
                    <option value={IGNORE}>— Écarter cette valeur —</option>
                    {facet?.terms.map((t) => (
                      <option key={String(t.id)} value={String(t.id)}>
                        {valueLabel(facet, t.id, 'fr')}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
