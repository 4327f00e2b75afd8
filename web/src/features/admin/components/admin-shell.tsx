import type { ReactNode } from 'react';
import { Link } from '../../../lib/link';
import { useLogout } from '../api/session';
import { ADMIN_PATH, VERSIONS_PATH } from '../lib/admin-paths';

/** The workspace's frame: its own header (screens, who is logged in, logout) around the current screen. */
export function AdminShell({ name, path, children }: { name: string; path: string; children: ReactNode }) {
  const logout = useLogout();
  const tab = (to: string, label: string, current: boolean) => (
    <Link href={to} className="nav__link" aria-current={current ? 'page' : undefined}>
      {label}
    </Link>
  );
  return (
    <>
      <header className="header admin-header">
        <div className="header__brand">
          <Link href={ADMIN_PATH} className="header__title">
            <span className="header__logo" aria-hidden="true">17</span>
            Espace des curateurs
          </Link>
        </div>
        <nav className="nav" aria-label="Espace des curateurs">
          {tab(ADMIN_PATH, 'Importer', path !== VERSIONS_PATH)}
          {tab(VERSIONS_PATH, 'Historique des versions', path === VERSIONS_PATH)}
          <a className="nav__link" href="/">
            Recherche publique
          </a>
        </nav>
        <div className="header__tools admin-header__who">
          <span>
            Connecté : <strong>{name}</strong>
          </span>
          <button type="button" className="btn" onClick={() => void logout()}>
            Se déconnecter
          </button>
        </div>
      </header>
      <main id="admin-main" className="admin-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
