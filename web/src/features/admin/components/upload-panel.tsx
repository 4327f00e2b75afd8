import { useState, type DragEvent } from 'react';
import { navigate } from '../../../lib/url-state';
import { uploadFiles } from '../api/admin-request';
import { useProfiles } from '../api/versions';
import { importPath } from '../lib/admin-paths';
import { size } from '../lib/format';
import { ProgressBar } from './progress-bar';

const ACCEPT = '.csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Drop or pick one or more exports, optionally with a saved profile; the upload's progress, then the preview. */
export function UploadPanel() {
  const [files, setFiles] = useState<File[]>([]);
  const [profile, setProfile] = useState('');
  const [progress, setProgress] = useState<number>();
  const [error, setError] = useState<string>();
  const [over, setOver] = useState(false);
  const profiles = useProfiles();
  const add = (list: FileList | null) => {
    // Copied now: the input is cleared right after (a FileList is live), before React may run the update below.
    const picked = [...(list ?? [])];
    setFiles((old) => [...old, ...picked.filter((f) => !old.some((o) => o.name === f.name && o.size === f.size))]);
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    add(e.dataTransfer.files);
  };
  const send = async () => {
    setError(undefined);
    setProgress(0);
    try {
      const { id } = await uploadFiles(files, profile ? { profile } : {}, setProgress);
      navigate(importPath(id));
    } catch (err) {
      setError((err as Error).message);
      setProgress(undefined);
    }
  };
  return (
    <section className="admin-card" aria-labelledby="upload-title">
      <h2 id="upload-title">1. Déposer les exports</h2>
      <div className={`dropzone${over ? ' dropzone--over' : ''}`} onDragOver={(e) => (e.preventDefault(), setOver(true))} onDragLeave={() => setOver(false)} onDrop={drop}>
        <p>Glissez ici un ou plusieurs fichiers CSV, TSV ou Excel (.xlsx), ou</p>
        <label className="btn">
          Choisir des fichiers
          <input className="visually-hidden" type="file" multiple accept={ACCEPT} onChange={(e) => (add(e.target.files), (e.target.value = ''))} />
        </label>
      </div>
      {files.length ? (
        <ul className="file-list" aria-label="Fichiers choisis">
          {files.map((f) => (
            <li key={`${f.name}-${f.size}`}>
              <span>
                {f.name} <span className="muted">({size(f.size)})</span>
              </span>
              <button type="button" className="link-btn" onClick={() => setFiles(files.filter((x) => x !== f))} aria-label={`Retirer ${f.name}`}>
                Retirer
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {profiles.data?.length ? (
        <label className="admin-field">
          Profil de correspondance (facultatif)
          <select value={profile} onChange={(e) => setProfile(e.target.value)}>
            <option value="">Aucun : lire les en-têtes tels quels</option>
            {profiles.data.map((p) => (
              <option key={p.name} value={p.name}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {progress !== undefined ? <ProgressBar label="Envoi des fichiers" value={progress} /> : null}
      {error ? (
        <p className="admin-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="button" className="btn btn--primary" disabled={!files.length || progress !== undefined} onClick={() => void send()}>
        Déposer et prévisualiser
      </button>
      <p className="muted">Rien n’est publié à cette étape : vous verrez d’abord ce qui change.</p>
    </section>
  );
}
