import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { saveProfile } from '../api/versions';
import type { ImportMapping } from '../lib/admin-types';

/** Saves the mapping under a name: proposed again for files with the same headers, and the very file `npm run import -- --mapping` reads. */
export function SaveProfile({ mapping }: { mapping: ImportMapping }) {
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const client = useQueryClient();
  const save = async () => {
    try {
      await saveProfile(name.trim(), mapping);
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
