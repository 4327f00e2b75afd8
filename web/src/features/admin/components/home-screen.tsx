import { Link } from '../../../lib/link';
import { useRecentImports } from '../api/imports';
import { importPath } from '../lib/admin-paths';
import { dateTime, n } from '../lib/format';
import { UploadPanel } from './upload-panel';

const STATUS: Record<string, string> = { reading: 'en lecture', ready: 'prêt à publier', failed: 'en échec', publishing: 'en cours de publication', published: 'publié' };

/** /admin: the three steps, the upload, and the previews still open. */
export function HomeScreen() {
  const recent = useRecentImports();
  const open = (recent.data ?? []).filter((j) => j.status !== 'published').slice(0, 8);
  return (
    <>
      <h1 tabIndex={-1}>Mettre à jour la base</h1>
      <ol className="steps">
        <li>Déposez vos exports : rien n’est encore publié.</li>
        <li>Vérifiez l’aperçu : fichiers lus, colonnes reconnues, lignes rejetées, et ce qui change dans la base (ajouts, retraits, modifications).</li>
        <li>Publiez : la recherche publique montre la nouvelle version aussitôt ; l’historique permet d’y revenir.</li>
      </ol>
      <UploadPanel />
      {open.length ? (
        <section className="admin-card" aria-labelledby="open-title">
          <h2 id="open-title">Aperçus en cours</h2>
          <ul className="plain-list">
            {open.map((job) => (
              <li key={job.id}>
                <Link href={importPath(job.id)}>{job.files.map((f) => f.name).join(', ')}</Link> — {STATUS[job.status] ?? job.status}, déposé par {job.by} le {dateTime(job.createdAt)}
                {job.diff ? ` (${n(job.diff.added)} ajoutés, ${n(job.diff.removed)} retirés, ${n(job.diff.changed)} modifiés)` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
