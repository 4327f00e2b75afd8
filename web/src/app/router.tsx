import { lazy, Suspense, useEffect } from 'react';
import { usePrefs } from '../lib/prefs';
import { EXAMPLE_PATH, STATS_PATH } from '../lib/paths';
import { parseHref, useHref } from '../lib/url-state';
import { Header } from './components/header';
import { Footer } from './components/footer';
import { ExampleRoute } from './routes/example-route';
import { SearchRoute } from './routes/search-route';
import { isAdminPath } from '../features/admin/lib/admin-paths';

// The curators' workspace is loaded only at /admin: nothing of it is in the public bundle's initial load.
const AdminPage = lazy(() => import('../features/admin/components/admin-page').then((m) => ({ default: m.AdminPage })));

/** Three screens told apart by the path; the query string carries the state of each. */
export function Router() {
  const href = useHref();
  const { path } = parseHref(href);
  const prefs = usePrefs();
  const example = EXAMPLE_PATH.exec(path);
  const admin = isAdminPath(path);
  useEffect(() => {
    if (!admin) document.documentElement.lang = prefs.lang;
  }, [prefs.lang, admin]);
  if (admin) {
    return (
      <>
        <a className="skip-link" href="#admin-main">
          Aller au contenu
        </a>
        <Suspense fallback={<p>Chargement de l’espace des curateurs…</p>}>
          <AdminPage path={path} />
        </Suspense>
      </>
    );
  }
  return (
    <>
      <a className="skip-link" href="#main">
        {prefs.t('skipToResults')}
      </a>
      <Header prefs={prefs} path={path} />
      {example ? <ExampleRoute id={decodeURIComponent(example[1]!)} prefs={prefs} /> : <SearchRoute view={path === STATS_PATH ? 'stats' : 'results'} prefs={prefs} />}
      <Footer t={prefs.t} lang={prefs.lang} />
    </>
  );
}
