import { facetOf, valueLabel } from '#domain/facet-registry.js';
import type { DiffItem } from '../lib/admin-types';

const FACTS = [facetOf('region'), facetOf('sdg'), facetOf('theme')];

/** Where it is, its SDGs and themes, in a line: enough to tell an added or removed example from another. */
function facts(example: NonNullable<DiffItem['after']>): string {
  return FACTS.flatMap((facet) => ((example as unknown as Record<string, (string | number)[]>)[facet.field] ?? []).map((id) => valueLabel(facet, id, 'fr', 'short'))).join(' · ');
}

/** One example of the diff: what it says (added, removed), or each changed field before → after. */
export function DiffItemView({ item }: { item: DiffItem }) {
  const example = item.after ?? item.before;
  return (
    <article className={`diff-item diff-item--${item.kind}`}>
      <h4>
        {item.title} <span className="muted diff-item__id">({item.id})</span>
      </h4>
      {item.changes?.length ? (
        <table className="admin-table diff-table">
          <caption className="visually-hidden">Champs modifiés de « {item.title} »</caption>
          <thead>
            <tr>
              <th scope="col">Champ</th>
              <th scope="col">Avant</th>
              <th scope="col">Après</th>
            </tr>
          </thead>
          <tbody>
            {item.changes.map((c) => (
              <tr key={c.field}>
                <th scope="row">{c.label}</th>
                <td>
                  <del>{c.before || '(vide)'}</del>
                </td>
                <td>
                  <ins>{c.after || '(vide)'}</ins>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : example ? (
        <>
          {facts(example) ? <p className="diff-item__facts">{facts(example)}</p> : null}
          {example.summary ? <p className="diff-item__summary">{example.summary}</p> : null}
        </>
      ) : null}
    </article>
  );
}
