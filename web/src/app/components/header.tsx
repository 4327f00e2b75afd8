import { PresenterToggle } from '../../features/presenter/components/presenter-toggle';
import { Link } from '../../lib/link';
import { STATS_PATH } from '../../lib/paths';
import { withPrefs, type Prefs, type Translate } from '../../lib/prefs';
import { buildHref, parseHref, useHref } from '../../lib/url-state';

/** Title, the results/statistics switch (same filters), language and presenter toggles. */
export function Header({ prefs, path }: { prefs: Prefs & { t: Translate; setPrefs: (p: Partial<Prefs>) => void }; path: string }) {
  const { t } = prefs;
  const { params } = parseHref(useHref());
  const onExample = path.startsWith('/exemples/');
  const filters = onExample ? withPrefs(new URLSearchParams(), prefs) : params;
  const tab = (to: string, label: string) => (
    <Link href={buildHref(to, filters)} aria-current={path === to ? 'page' : undefined} className="nav__link">
      {label}
    </Link>
  );
  return (
    <header className="header">
      <div className="header__brand">
        <Link href={buildHref('/', withPrefs(new URLSearchParams(), prefs))} className="header__title">
          <span className="header__logo" aria-hidden="true">17</span>
          {t('appTitle')}
        </Link>
        <p className="header__subtitle">{t('appSubtitle')}</p>
      </div>
      <nav className="nav" aria-label={t('navSearch')}>
        {tab('/', t('navSearch'))}
        {tab(STATS_PATH, t('navStats'))}
      </nav>
      <div className="header__tools">
        <button type="button" className="btn btn--ghost" lang={prefs.lang === 'en' ? 'fr' : 'en'} aria-label={t('switchLangLabel')} onClick={() => prefs.setPrefs({ lang: prefs.lang === 'en' ? 'fr' : 'en' })}>
          {t('switchLang')}
        </button>
        <PresenterToggle on={prefs.presenter} onChange={(presenter) => prefs.setPrefs({ presenter })} t={t} />
      </div>
    </header>
  );
}
