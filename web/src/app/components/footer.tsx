import { BaseDownload } from '../../features/export/components/base-download';
import type { Lang, Translate } from '../../lib/prefs';

/** Data and API credits. */
export function Footer({ t, lang }: { t: Translate; lang: Lang }) {
  return (
    <footer className="footer">
      <BaseDownload lang={lang} />
      <p>
        {t('footer')}
        <a href="/api/docs">/api/docs</a>. {t('mapCredit')}
      </p>
    </footer>
  );
}
