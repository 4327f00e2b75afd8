import type { ImportReport } from '../lib/admin-types';
import { ReportConflicts } from './report-conflicts';
import { ReportMerges } from './report-merges';
import { ReportRejects } from './report-rejects';

/** The rest of the import's report: rejects, conflicts side by side, merges, duplicates, inferred values. */
export function ReportDetails({ report }: { report: ImportReport }) {
  return (
    <>
      <section className="admin-card" aria-labelledby="rejects-title">
        <h2 id="rejects-title">Lignes rejetées</h2>
        <ReportRejects report={report} />
      </section>
      <section className="admin-card" aria-labelledby="conflicts-title">
        <h2 id="conflicts-title">Conflits</h2>
        <ReportConflicts report={report} />
      </section>
      <section className="admin-card" aria-labelledby="merges-title">
        <h2 id="merges-title">Fusions, doublons et valeurs déduites</h2>
        <ReportMerges report={report} />
      </section>
    </>
  );
}
