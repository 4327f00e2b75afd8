import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api-client';
import { sessionQuery, useAdminSession } from '../api/session';
import { IMPORT_PATH, VERSIONS_PATH } from '../lib/admin-paths';
import { AdminShell } from './admin-shell';
import { HomeScreen } from './home-screen';
import { ImportScreen } from './import-screen';
import { LoginForm } from './login-form';
import { VersionsScreen } from './versions-screen';
import '../admin.css';

/** Any admin call answered 401 (session expired, logged out elsewhere) brings the login back. */
function useLoginOn401(): void {
  const client = useQueryClient();
  useEffect(
    () =>
      client.getQueryCache().subscribe((event) => {
        const error = event.query.state.error;
        if (error instanceof ApiError && error.status === 401 && event.query.queryKey[1] !== 'session') client.setQueryData(sessionQuery.queryKey, null);
      }),
    [client],
  );
}

/** /admin: the login, or the workspace's screen for the path; loaded only there (not in the public bundle). */
export function AdminPage({ path }: { path: string }) {
  const session = useAdminSession();
  useLoginOn401();
  const imported = IMPORT_PATH.exec(path);
  const title = !session.data ? 'Connexion' : imported ? 'Aperçu de l’import' : path === VERSIONS_PATH ? 'Historique des versions' : 'Mettre à jour la base';
  useEffect(() => {
    document.title = `${title} · Espace des curateurs · ODD 17 en pratiques`;
    document.documentElement.lang = 'fr';
    // Focus goes to the new screen's heading, for keyboard and screen-reader users.
    (document.querySelector('#admin-main h1') as HTMLElement | null)?.focus();
  }, [title]);
  if (session.isPending) return <p>Chargement…</p>;
  if (session.error) return <p className="admin-error" role="alert">{session.error.message}</p>;
  if (!session.data) return <LoginForm />;
  return (
    <AdminShell name={session.data.name} path={path}>
      {imported ? <ImportScreen id={imported[1]!} /> : path === VERSIONS_PATH ? <VersionsScreen /> : <HomeScreen />}
    </AdminShell>
  );
}
