import type { ImportReport } from '../lib/admin-types';

/** What the report says to look at first (file-level problems, conflicts, columns read by their content…), before anything else. */
export function AttentionList({ report }: { report: ImportReport }) {
  if (!report.attention.length) return null;
  return (
    <section className="admin-card admin-card--attention" aria-labelledby="attention-title">
      <h2 id="attention-title">À vérifier d’abord</h2>
      <ul className="attention-list">
        {report.attention.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
