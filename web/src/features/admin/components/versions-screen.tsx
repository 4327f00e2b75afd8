import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from '../../../lib/link';
import { restoreVersion, useRestore, useVersions } from '../api/versions';
import { importPath } from '../lib/admin-paths';
import { dateTime, n } from '../lib/format';

/** /admin/versions: every publication and rollback, newest first; any kept version restored in one click. */
export function VersionsScreen() {
  const versions = useVersions();
  const client = useQueryClient();
  const [restoring, setRestoring] = useState<string>();
  const [error, setError] = useState<string>();
  const restore = useRestore(restoring);
  const finished = restoring && restore.data && restore.data.status !== 'publishing' ? restore.data : undefined;
  useEffect(() => {
    if (!finished) return;
    setRestoring(undefined);
    if (finished.status === 'failed') setError(finished.error ?? 'Le retour en arrière a échoué.');
    void client.invalidateQueries({ queryKey: ['admin', 'versions'] });
  }, [finished, client]);
  const start = async (dataVersion: string) => {
    setError(undefined);
    try {
      setRestoring((await restoreVersion(dataVersion)).id);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <>
      <h1 tabIndex={-1}>Historique des versions</h1>
      <p className="muted">Chaque publication et chaque retour en arrière, du plus récent au plus ancien. Les dernières versions remplacées restent conservées et peuvent être rétablies d’un coup.</p>
      <p role="status" className="diff-status">{restoring ? 'Retour en arrière en cours…' : ''}</p>
      {error ? <p className="admin-error" role="alert">{error}</p> : null}
      {versions.error ? <p className="admin-error" role="alert">{versions.error.message}</p> : null}
      <div className="table-scroll">
        <table className="admin-table">
          <caption>Versions publiées</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Action</th>
              <th scope="col">Par</th>
              <th scope="col">Fichiers</th>
              <th scope="col">Exemples</th>
              <th scope="col">Changements</th>
              <th scope="col">Version</th>
              <th scope="col"><span className="visually-hidden">État</span></th>
            </tr>
          </thead>
          <tbody>
            {(versions.data ?? []).map((v) => (
              <tr key={v.id} className={v.live ? 'row--live' : undefined}>
                <td>{dateTime(v.publishedAt)}</td>
                <td>{v.action === 'import' ? (v.importId ? <Link href={importPath(v.importId)}>Import</Link> : 'Import') : 'Retour en arrière'}</td>
                <td>{v.by.startsWith('cli:') ? `${v.by.slice(4)} (ligne de commande)` : v.by}</td>
                <td>{v.files.join(', ')}</td>
                <td>{n(v.counts.documents)}</td>
                <td>{`+${n(v.counts.added)} −${n(v.counts.removed)} ~${n(v.counts.changed)}`}</td>
                <td><code>{v.dataVersion}</code></td>
                <td>
                  {v.live ? <strong className="badge">En ligne</strong> : v.restorable ? (
                    <button type="button" className="btn" disabled={!!restoring} onClick={() => void start(v.dataVersion)} aria-label={`Rétablir la version ${v.dataVersion} du ${dateTime(v.publishedAt)}`}>Rétablir</button>
                  ) : <span className="muted">{v.sameAsLive ? 'même contenu qu’en ligne' : 'non conservée'}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
