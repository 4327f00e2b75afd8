import { examplePath } from '#domain/app-paths.js';
import { Link } from '../../../lib/link';
import { withPrefs, type Prefs, type Translate } from '../../../lib/prefs';
import { buildHref } from '../../../lib/url-state';
import type { Example } from '#domain/example.js';
import { useSimilar } from '../api/get-similar';

/** Up to four examples sharing a theme with this one. */
export function SimilarExamples({ example, prefs, t }: { example: Example; prefs: Prefs; t: Translate }) {
  const { data } = useSimilar(example);
  if (!data?.length) return null;
  const prefsOnly = withPrefs(new URLSearchParams(), prefs);
  return (
    <section className="similar" aria-labelledby="similar-title">
      <h2 id="similar-title">{t('similar')}</h2>
      <ul>
        {data.map((e) => (
          <li key={e.id} lang="fr">
            <Link href={buildHref(examplePath(e.id), prefsOnly)}>{e.title}</Link>
            <span className="muted"> — {e.summary.slice(0, 140)}{e.summary.length > 140 ? '…' : ''}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
