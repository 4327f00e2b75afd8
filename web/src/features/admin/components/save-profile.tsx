import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ColumnMapping } from '#domain/mapping.js';
import { saveProfile } from '../api/versions';

/** Saves the mapping under a name, proposed again for files with the same headers (and usable by `--mapping`). */
export function SaveProfile({ mapping, signatures }: { mapping: ColumnMapping; signatures: string[] }) {
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const client = useQueryClient();
  const save = async () => {
    try {
      await saveProfile(name.trim(), mapping, signatures);
      setMessage({ ok: true, text: `Profil « ${name.trim()} » enregistré : il sera proposé pour les fichiers aux mêmes en-têtes.` });
      await client.invalidateQueries({ queryKey: ['admin', 'profiles'] });
    } catch (err) {
      setMessage({ ok: false, text: (err as Error).message });
    }
  };
  return (
    <div className="save-profile">
      <label className="admin-field admin-field--inline">
        Nom du profil
        <input value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
      </label>
      <button type="button" className="btn" disabled={!name.trim()} onClick={() => void save()}>
        Enregistrer comme profil
      </button>
      {message ? (
        <p className={message.ok ? 'admin-ok' : 'admin-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
