import type { ReactNode } from 'react';
import { SEARCH_PATH } from '#domain/app-paths.js';
import { Link } from '../lib/link';
import { withPrefs, type Prefs, type Translate } from '../lib/prefs';
import { useScreen } from '../lib/screen';
import { buildHref } from '../lib/url-state';

/** « Page introuvable » and its kin: the screen's h1, what was not found (as text, whatever it holds) and a way on. */
export function NotFound({ title, text, prefs, children }: { title: string; text: string; prefs: Prefs & { t: Translate }; children?: ReactNode }) {
  const { t } = prefs;
  useScreen(title, t('appTitle'));
  return (
    <main id="main" className="page not-found">
      <h1 tabIndex={-1}>{title}</h1>
      <p className="not-found__text">{text}</p>
      <ul className="not-found__links">
        {children}
        <li>
          <Link href={buildHref(SEARCH_PATH, withPrefs(new URLSearchParams(), prefs))}>{t('notFoundHome')}</Link>
        </li>
      </ul>
    </main>
  );
}
