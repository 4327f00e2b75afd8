import { useState } from 'react';
import { diffCsvUrl, useDiffPage, type DiffQuery } from '../api/imports';
import type { DiffCounts, DiffKind } from '../lib/admin-types';
import { n } from '../lib/format';
import { DiffItemView } from './diff-item';

const KINDS: [DiffKind, string][] = [
  ['added', 'Ajoutés'],
  ['removed', 'Retirés'],
  ['changed', 'Modifiés'],
  ['unchanged', 'Inchangés'],
];

/** What the new version changes against the live base: counted by kind, searchable by title, paged, downloadable. */
export function DiffView({ id, counts }: { id: string; counts: DiffCounts }) {
  const first = KINDS.find(([k]) => counts[k] > 0)?.[0] ?? 'added';
  const [query, setQuery] = useState<DiffQuery>({ kind: first, q: '', page: 1 });
  const page = useDiffPage(id, query, true);
  const data = page.data;
  return (
    <section className="admin-card" aria-labelledby="diff-title">
      <h2 id="diff-title">Ce qui change dans la base</h2>
      <div className="diff-kinds" role="group" aria-label="Type de changement">
        {KINDS.map(([kind, label]) => (
          <button key={kind} type="button" className={`diff-kind diff-kind--${kind}`} aria-pressed={query.kind === kind} onClick={() => setQuery({ kind, q: query.q, page: 1 })}>
            <span className="diff-kind__count">{n(counts[kind])}</span> {label}
          </button>
        ))}
      </div>
      <div className="toolbar">
        <label className="admin-field admin-field--inline">
          Chercher un titre
          <input type="search" value={query.q} onChange={(e) => setQuery({ ...query, q: e.target.value, page: 1 })} />
        </label>
        <a className="btn" href={diffCsvUrl(id, query.kind)} download>
          Télécharger ces changements (CSV)
        </a>
        <a className="btn" href={diffCsvUrl(id)} download>
          Tout le détail (CSV)
        </a>
      </div>
      <p role="status" className="diff-status">
        {data ? `${n(data.totalHits)} exemple${data.totalHits > 1 ? 's' : ''}${query.q ? ` dont le titre contient « ${query.q} »` : ''}` : 'Chargement…'}
      </p>
      {page.error ? (
        <p className="admin-error" role="alert">
          {page.error.message}
        </p>
      ) : null}
      <div className="diff-list" aria-busy={page.isFetching}>
        {data?.items.map((item) => <DiffItemView key={`${item.kind}-${item.id}`} item={item} />)}
      </div>
      {data && data.totalPages > 1 ? (
        <nav className="pagination" aria-label="Pages des changements">
          <button type="button" className="btn" disabled={query.page <= 1} onClick={() => setQuery({ ...query, page: query.page - 1 })}>
            Page précédente
          </button>
          <span>
            Page {n(query.page)} sur {n(data.totalPages)}
          </span>
          <button type="button" className="btn" disabled={query.page >= data.totalPages} onClick={() => setQuery({ ...query, page: query.page + 1 })}>
            Page suivante
          </button>
        </nav>
      ) : null}
    </section>
  );
}
