import { REGION, valueLabel } from '#domain/facet-registry.js';
import { CONFLICT_WHY, fieldName } from '#domain/report-words.js';
import type { ImportReport } from '../lib/admin-types';
import { n, plural } from '../lib/format';

type Side = ImportReport['conflicts'][number]['kept'];
const SHOWN = 30;

/** One side of a conflict, as the curator compares it: where, title, lead, regions, update date. */
function SideCell({ side }: { side: Side }) {
  return (
    <td>
      <strong>« {side.title} »</strong>
      <span className="cell-line">{side.lead ? `Porteur : ${side.lead}` : 'Sans porteur'}</span>
      <span className="cell-line">{side.regions.length ? side.regions.map((r) => valueLabel(REGION, r, 'fr')).join(', ') : 'Sans région'}{side.updatedAt ? ` · mis à jour le ${side.updatedAt}` : ''}</span>
      <span className="cell-line muted">{side.file}, ligne {n(side.line)}</span>
    </td>
  );
}

/** Rows of one id that say different examples, side by side (never merged), and repeated columns that disagree on a row. */
export function ReportConflicts({ report }: { report: ImportReport }) {
  const { conflicts, cellConflicts } = report;
  if (!conflicts.length && !cellConflicts.length) return <p>Aucun conflit : aucune ligne n’a été écartée parce qu’elle disait un autre exemple sous le même identifiant.</p>;
  return (
    <>
      {conflicts.length ? (
        <div className="table-scroll">
          <table className="admin-table conflicts-table">
            <caption>{plural(conflicts.length, 'conflit', 'conflits')} : lignes d’un même identifiant qui disent des exemples différents, jamais fusionnées — la plus récente est gardée, l’autre écartée (une ligne qui pourrait compléter plusieurs exemples est gardée à part){conflicts.length > SHOWN ? ` (les ${SHOWN} premiers)` : ''}</caption>
            <thead>
              <tr>
                <th scope="col">Identifiant, motif</th>
                <th scope="col">Gardée</th>
                <th scope="col">Autre ligne</th>
              </tr>
            </thead>
            <tbody>
              {conflicts.slice(0, SHOWN).map((c) => (
                <tr key={`${c.id}-${c.other.file}-${c.other.line}`}>
                  <th scope="row">
                    {c.id}
                    <span className="cell-line muted">{CONFLICT_WHY[c.kind]}</span>
                  </th>
                  <SideCell side={c.kept} />
                  <SideCell side={c.other} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {cellConflicts.length ? (
        <p>
          {plural(cellConflicts.length, 'ligne', 'lignes')} où des colonnes répétées d’un champ à valeur unique diffèrent (la première valeur est gardée) :{' '}
          {cellConflicts.slice(0, 5).map((c) => `${c.file} ligne ${n(c.line)}, ${fieldName(c.field)} : ${c.values.map((v) => `« ${v} »`).join(' / ')}`).join(' ; ')}
          {cellConflicts.length > 5 ? ' …' : ''}
        </p>
      ) : null}
    </>
  );
}
