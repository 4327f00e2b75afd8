import { Link } from '../../../lib/link';
import { withPrefs, type Prefs, type Translate } from '../../../lib/prefs';
import type { Example } from '#domain/example.js';
import { useSimilar } from '../api/get-similar';

/** Up to four examples sharing a theme with this one. */
export function SimilarExamples({ example, prefs, t }: { example: Example; prefs: Prefs; t: Translate }) {
  const { data } = useSimilar(example);
  if (!data?.length) return null;
  const qs = withPrefs(new URLSearchParams(), prefs).toString();
  return (
    <section className="similar" aria-labelledby="similar-title">
      <h2 id="similar-title">{t('similar')}</h2>
      <ul>
        {data.map((e) => (
          <li key={e.id}>
            <Link href={`/exemples/${encodeURIComponent(e.id)}${qs ? `?${qs}` : ''}`}>{e.title}</Link>
            <span className="muted"> — {e.summary.slice(0, 140)}{e.summary.length > 140 ? '…' : ''}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
