import { useState } from 'react';
import { publishImport } from '../api/imports';
import type { ImportJob } from '../lib/admin-types';
import { n } from '../lib/format';

/** Publishes the preview; removing more than the threshold asks for the number removed, typed back. */
export function PublishPanel({ job, onStarted }: { job: ImportJob; onStarted: () => void }) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const { removal } = job;
  const confirmed = !removal.needsConfirmation || Number(typed.replace(/\s/g, '')) === removal.removed;
  const publish = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await publishImport(job.id, removal.needsConfirmation ? removal.removed : undefined);
      onStarted();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="admin-card admin-card--publish" aria-labelledby="publish-title">
      <h2 id="publish-title">Publier cette version</h2>
      <p>
        La base en ligne sera remplacée d’un coup par ces {n(job.report?.counts.imported ?? 0)} exemples ; la version actuelle reste dans l’historique et peut être rétablie en un clic.
      </p>
      {removal.needsConfirmation ? (
        <div className="banner banner--warn" role="note">
          <p>
            <strong>
              Attention : cette version retire {n(removal.removed)} des {n(removal.base)} exemples en ligne ({Math.round(removal.share)} %), plus que le seuil de {removal.thresholdPercent} %.
            </strong>{' '}
            Si c’est voulu, tapez ce nombre pour confirmer.
          </p>
          <label className="admin-field admin-field--inline">
            Nombre d’exemples retirés
            <input inputMode="numeric" value={typed} onChange={(e) => setTyped(e.target.value)} />
          </label>
        </div>
      ) : null}
      {error ? (
        <p className="admin-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="button" className="btn btn--primary" disabled={!confirmed || busy} onClick={() => void publish()}>
        Publier
      </button>
    </section>
  );
}
