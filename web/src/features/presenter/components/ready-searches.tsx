import { Link } from '../../../lib/link';
import { withPrefs, type Prefs, type Translate } from '../../../lib/prefs';

// Demo searches for webinars: each is a URL, so it also works as a shared link.
const READY = [
  { fr: 'Cantines et circuits courts', en: 'Canteens and short supply chains', qs: 'q=cantine&theme=alimentation-agriculture' },
  { fr: 'Insertion professionnelle', en: 'Employment and integration', qs: 'theme=emploi-insertion' },
  { fr: 'Climat (ODD 13) en entreprise', en: 'Climate (SDG 13) with companies', qs: 'sdg=13&actorType=entreprise' },
  { fr: 'Outre-mer', en: 'Overseas', qs: 'region=guadeloupe&region=martinique&region=guyane&region=la-reunion&region=mayotte' },
  { fr: 'Numérique et jeunesse', en: 'Digital and youth', qs: 'theme=numerique&theme=jeunesse' },
  { fr: 'Les plus récents', en: 'Most recent', qs: 'sort=year:desc' },
] as const;

/** Ready-made example searches as links (one click in a demo, and shareable). */
export function ReadySearches({ prefs, t }: { prefs: Prefs; t: Translate }) {
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
}
