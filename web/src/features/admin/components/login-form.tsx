import { useState, type FormEvent } from 'react';
import { useLogin } from '../api/session';

/** The workspace's door: name and password; the API's French message when refused (wrong, or too many tries). */
export function LoginForm() {
  const login = useLogin();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(undefined);
    try {
      await login(String(form.get('name') ?? ''), String(form.get('password') ?? ''));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <main id="admin-main" className="admin-login" tabIndex={-1}>
      <h1 tabIndex={-1}>Espace des curateurs</h1>
      <p className="muted">Mettre à jour la base d’exemples à partir de vos exports, voir ce qui change avant de publier, revenir en arrière.</p>
      <form className="admin-form" onSubmit={(e) => void submit(e)}>
        <label>
          Nom du compte
          <input name="name" autoComplete="username" required maxLength={64} />
        </label>
        <label>
          Mot de passe
          <input name="password" type="password" autoComplete="current-password" required maxLength={200} />
        </label>
        {error ? (
          <p className="admin-error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {busy ? 'Connexion…' : 'Se connecter'}
        </button>
      </form>
      <p className="muted admin-login__hint">Pas de compte ? Un administrateur du serveur le crée avec <code>npm run admin -- add-curator VOTRE-NOM</code>.</p>
    </main>
  );
}
