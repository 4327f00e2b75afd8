import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from '../../../lib/link';
import { navigate } from '../../../lib/url-state';
import { discardImport, remapImport, useImportJob } from '../api/imports';
import { ADMIN_PATH, VERSIONS_PATH } from '../lib/admin-paths';
import type { ImportJob } from '../lib/admin-types';
import { dateTime, n, plural } from '../lib/format';
import { DiffView } from './diff-view';
import { AttentionList } from './attention-list';
import { FilesTable } from './files-table';
import { MappingEditor } from './mapping-editor';
import { ProgressBar } from './progress-bar';
import { PublishPanel } from './publish-panel';
import { ReportDetails } from './report-details';

function Summary({ job }: { job: ImportJob }) {
  const c = job.report!.counts;
  return (
    <ul className="summary-cards" aria-label="Résumé de la lecture">
      <li><strong>{n(c.rowsRead)}</strong> lignes lues</li>
      <li><strong>{n(c.imported)}</strong> exemples valides</li>
      <li className={c.rejected ? 'summary-cards--warn' : undefined}><strong>{n(c.rejected)}</strong> lignes rejetées</li>
      <li className={c.conflicts ? 'summary-cards--warn' : undefined}><strong>{n(c.conflicts)}</strong> en conflit</li>
      <li><strong>{n(c.merged)}</strong> fusionnées</li>
      <li><strong>{n(c.duplicates)}</strong> doublons écartés</li>
      <li className={c.unmapped ? 'summary-cards--warn' : undefined}><strong>{n(c.unmapped)}</strong> lignes aux valeurs non reconnues</li>
    </ul>
  );
}

/** /admin/imports/:id: progress, then the report, the mapping editor, the diff and the publish step. */
export function ImportScreen({ id }: { id: string }) {
  const job = useImportJob(id);
  const client = useQueryClient();
  const refresh = () => void client.invalidateQueries({ queryKey: ['admin'] });
  const data = job.data;
  useEffect(() => {
    if (data?.status === 'published') void client.invalidateQueries({ queryKey: ['admin', 'versions'] });
  }, [data?.status, client]);
  if (job.error) return <p className="admin-error" role="alert">{job.error.message}</p>;
  if (!data) return <p>Chargement…</p>;
  const files = data.files.map((f) => f.name).join(', ');
  return (
    <>
      <h1 tabIndex={-1}>Aperçu de l’import</h1>
      <p className="muted">
        {plural(data.files.length, 'fichier', 'fichiers')} ({files}) déposé{data.files.length > 1 ? 's' : ''} par {data.by} le {dateTime(data.createdAt)}
        {data.profile ? `, profil « ${data.profile} »` : ''}.
      </p>
      {data.status === 'reading' || data.status === 'publishing' ? <ProgressBar label={data.status === 'reading' ? 'Lecture et comparaison' : 'Publication'} value={data.progress} phase={data.phase} /> : null}
      {data.status === 'failed' ? (
        <div className="banner banner--warn" role="alert">
          <p><strong>{data.error}</strong></p>
          <button type="button" className="btn" onClick={() => void remapImport(id, { mapping: data.mapping }).then(refresh)}>Relancer l’aperçu</button>
        </div>
      ) : null}
      {data.status === 'published' ? (
        <div className="banner banner--ok" role="status">
          <p><strong>Publié : la recherche publique montre cette version (version {data.dataVersion}).</strong> <a href="/">Voir la recherche</a> · <Link href={VERSIONS_PATH}>Historique des versions</Link></p>
        </div>
      ) : null}
      {data.status === 'ready' ? <div className="banner banner--info" role="status"><p><strong>Aperçu prêt : rien n’est encore publié.</strong> Vérifiez ce qui change, corrigez la correspondance au besoin, puis publiez.</p></div> : null}
      {data.profileSuggestions.length ? (
        <div className="banner banner--info">
          <p>Le profil « {data.profileSuggestions[0]} » a été enregistré pour des fichiers aux mêmes en-têtes.</p>
          <button type="button" className="btn" onClick={() => void remapImport(id, { profile: data.profileSuggestions[0] }).then(refresh)}>Appliquer ce profil</button>
        </div>
      ) : null}
      {data.report ? <AttentionList report={data.report} /> : null}
      {data.report ? <Summary job={data} /> : null}
      {data.diff && data.status !== 'reading' ? <DiffView id={id} counts={data.diff} /> : null}
      {data.status === 'ready' ? <PublishPanel job={data} onStarted={refresh} /> : null}
      {data.report ? (
        <section className="admin-card" aria-labelledby="files-title">
          <h2 id="files-title">Fichiers et colonnes</h2>
          <FilesTable job={data} />
        </section>
      ) : null}
      {data.report && (data.status === 'ready' || data.status === 'failed') ? <MappingEditor key={`${data.id}-${JSON.stringify(data.mapping)}`} job={data} onRemapped={refresh} /> : null}
      {data.report ? <ReportDetails report={data.report} /> : null}
      {data.status === 'ready' || data.status === 'failed' ? (
        <p>
          <button type="button" className="btn btn--danger" onClick={() => void discardImport(id).then(() => (refresh(), navigate(ADMIN_PATH)))}>Abandonner cet aperçu</button>
        </p>
      ) : null}
    </>
  );
}
