import { memo } from 'react';
import { Link } from '../../../lib/link';
import { samePrefs, withPrefs, type Prefs, type Translate } from '../../../lib/prefs';
import { READY_SEARCHES as READY } from '../../../lib/ready-searches';

/** Ready-made example searches as links (one click in a demo, and shareable); memoised on the preferences. */
export const ReadySearches = memo(function ReadySearches({ prefs, t }: { prefs: Prefs; t: Translate }) {
  return (
    <nav className="ready" aria-label={t('readySearches')}>
      <h2 className="ready__title">{t('readySearches')}</h2>
      <ul>
        {READY.map((r) => (
          <li key={r.qs}>
            <Link className="chip chip--ready" href={`/?${withPrefs(new URLSearchParams(r.qs), prefs).toString()}`}>
              {prefs.lang === 'en' ? r.en : r.fr}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}, samePrefs);
