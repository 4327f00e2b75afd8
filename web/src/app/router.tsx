import { lazy, Suspense, useEffect } from 'react';
import { ACCESSIBILITY_PATH, exampleIdIn, LIVE_PATH, SEARCH_PATH, STATS_PATH } from '#domain/app-paths.js';
import { followsLive, presentsLive } from '../features/live/live-keys';
import { usePrefs } from '../lib/prefs';
import { screenShown } from '../lib/screen';
import { parseHref, useHref } from '../lib/url-state';
import { Header } from './components/header';
import { Footer } from './components/footer';
import { ExampleRoute } from './routes/example-route';
import { NotFoundRoute } from './routes/not-found-route';
import { SearchRoute } from './routes/search-route';
import { isAdminPath } from '../features/admin/lib/admin-paths';

// The accessibility statement is read rarely: its own chunk, out of the initial bundle.
const AccessibilityRoute = lazy(() => import('../features/accessibility/components/accessibility-page').then((m) => ({ default: m.AccessibilityPage })));
// The curators' workspace is loaded only at /admin: nothing of it is in the public bundle's initial load.
const AdminPage = lazy(() => import('../features/admin/components/admin-page').then((m) => ({ default: m.AdminPage })));
// The live mode loads only for a presenter (presenter mode or a session of this tab) or a participant (/direct/:code, or following).
const LivePresenter = lazy(() => import('../features/live/components/live-entry').then((m) => ({ default: m.LivePresenter })));
const LiveFollower = lazy(() => import('../features/live/components/live-entry').then((m) => ({ default: m.LiveFollower })));

/** The screens told apart by the path (results, statistics, an example, the accessibility statement, a live session’s join page, the curators’ workspace under /admin); the query string carries the state of each; any other path is a 404 screen. */
export function Router() {
  const href = useHref();
  const { path } = parseHref(href);
  const prefs = usePrefs();
  const exampleId = exampleIdIn(path);
  const admin = isAdminPath(path);
  const liveCode = LIVE_PATH.exec(path)?.[1];
  const joining = liveCode !== undefined;
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
  screenShown(path);
  return (
    <>
      <a className="skip-link" href="#main">
        {prefs.t('skipToResults')}
      </a>
      <Header prefs={prefs} path={path} />
      {prefs.presenter || presentsLive() ? (
        <Suspense fallback={null}>
          <LivePresenter prefs={prefs} />
        </Suspense>
      ) : null}
      {joining || followsLive() ? (
        <Suspense fallback={joining ? <main id="main"><p role="status">{prefs.t('loading')}</p></main> : null}>
          <LiveFollower code={liveCode} prefs={prefs} />
        </Suspense>
      ) : null}
      {joining ? null : exampleId !== undefined ? (
        <ExampleRoute id={exampleId} prefs={prefs} />
      ) : path === SEARCH_PATH || path === STATS_PATH ? (
        <SearchRoute view={path === STATS_PATH ? 'stats' : 'results'} prefs={prefs} />
      ) : path === ACCESSIBILITY_PATH ? (
        <Suspense fallback={<main id="main" className="page" />}>
          <AccessibilityRoute prefs={prefs} />
        </Suspense>
      ) : (
        <NotFoundRoute path={path} prefs={prefs} />
      )}
      <Footer prefs={prefs} />
    </>
  );
}

