import { memo } from 'react';
import { SEARCH_PATH } from '#domain/app-paths.js';
import { Link } from '../../../lib/link';
import { samePrefs, withPrefs, type Prefs, type Translate } from '../../../lib/prefs';
import { buildHref } from '../../../lib/url-state';
import { FRENCH_WORDS as WORDS } from '../../../lib/ready-searches';

/** In the English interface: one line saying the examples are in French, with French searches that find some. */
export const LanguageNote = memo(function LanguageNote({ prefs, t }: { prefs: Prefs; t: Translate }) {
  if (prefs.lang !== 'en') return null;
  return (
    <p className="lang-note">
      {t('langNote')} {t('langNoteWords')}{' '}
      {WORDS.map((w, i) => (
        <span key={w.fr}>
          <Link href={buildHref(SEARCH_PATH, withPrefs(new URLSearchParams({ q: w.fr }), prefs))} lang="fr">
            {w.fr}
          </Link>{' '}
          ({w.en}){i < WORDS.length - 1 ? ', ' : '.'}
        </span>
      ))}
    </p>
  );
}, samePrefs);
