import { useEffect } from 'react';
import { usePrefs } from '../lib/prefs';
import { EXAMPLE_PATH, STATS_PATH } from '../lib/paths';
import { parseHref, useHref } from '../lib/url-state';
import { Header } from './components/header';
import { Footer } from './components/footer';
import { ExampleRoute } from './routes/example-route';
import { SearchRoute } from './routes/search-route';


/** Three screens told apart by the path; the query string carries the state of each. */
export function Router() {
  const href = useHref();
  const { path } = parseHref(href);
  const prefs = usePrefs();
  const example = EXAMPLE_PATH.exec(path);
  useEffect(() => {
    document.documentElement.lang = prefs.lang;
  }, [prefs.lang]);
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
