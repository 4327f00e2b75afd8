import type { Translate } from '../../lib/prefs';

/** Data and API credits. */
export function Footer({ t }: { t: Translate }) {
  return (
    <footer className="footer">
      <p>
        {t('footer')}
        <a href="/api/docs">/api/docs</a>. {t('mapCredit')}
      </p>
    </footer>
  );
}
