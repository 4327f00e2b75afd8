import { memo } from 'react';
import { ACCESSIBILITY_PATH } from '#domain/app-paths.js';
import { BaseDownload } from '../../features/export/components/base-download';
import { Link } from '../../lib/link';
import { samePrefs, withPrefs, type Prefs, type Translate } from '../../lib/prefs';
import { buildHref } from '../../lib/url-state';

/**
 * The whole base's download, data and API credits, and the accessibility statement (RGAA asks for it on every page).
 * Memoised on the preferences it shows: a keystroke changes none of it.
 */
export const Footer = memo(function Footer({ prefs }: { prefs: Prefs & { t: Translate } }) {
  const { t, lang } = prefs;
  return (
    <footer className="footer">
      <BaseDownload lang={lang} />
      <p>
        {t('footer')}
        <a href="/api/docs">/api/docs</a>. {t('mapCredit')}
      </p>
      <p>
        <Link href={buildHref(ACCESSIBILITY_PATH, withPrefs(new URLSearchParams(), prefs))}>{t('accessibility')}</Link>
      </p>
    </footer>
  );
}, samePrefs);
