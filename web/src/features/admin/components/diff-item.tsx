import type { DiffItem } from '../lib/admin-types';

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
      ) : example?.summary ? (
        <p className="diff-item__summary">{example.summary}</p>
      ) : null}
    </article>
  );
}
