import { lazy, Suspense, useEffect } from 'react';
import { ACCESSIBILITY_PATH, exampleIdIn, SEARCH_PATH, STATS_PATH } from '#domain/app-paths.js';
import { usePrefs } from '../lib/prefs';
import { screenShown } from '../lib/screen';
import { parseHref, useHref } from '../lib/url-state';
import { Header } from './components/header';
import { Footer } from './components/footer';
import { ExampleRoute } from './routes/example-route';
import { NotFoundRoute } from './routes/not-found-route';
import { SearchRoute } from './routes/search-route';

// The accessibility statement is read rarely: its own chunk, out of the initial bundle.
const AccessibilityRoute = lazy(() => import('../features/accessibility/components/accessibility-page').then((m) => ({ default: m.AccessibilityPage })));

/** The screens told apart by the path (the query string carries the state of each); any other path is a 404 screen. */
export function Router() {
  const href = useHref();
  const { path } = parseHref(href);
  const prefs = usePrefs();
  const exampleId = exampleIdIn(path);
  const screen = exampleId !== undefined ? `example:${exampleId}` : path === SEARCH_PATH || path === STATS_PATH || path === ACCESSIBILITY_PATH ? path : 'not-found';
  screenShown(screen);
  useEffect(() => {
    document.documentElement.lang = prefs.lang;
  }, [prefs.lang]);
  return (
    <>
      <a className="skip-link" href="#main">
        {prefs.t('skipToResults')}
      </a>
      <Header prefs={prefs} path={path} />
      {exampleId !== undefined ? (
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

