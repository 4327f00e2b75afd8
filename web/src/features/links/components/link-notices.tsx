import type { Translate } from '../../../lib/prefs';
import { useNotices } from '../notices';

/** What the page changed in the link that opened it, in the page's language (never an error). */
export function LinkNotices({ t }: { t: Translate }) {
  const notices = useNotices();
  if (!notices.length) return null;
  return (
    <div className="notice" aria-live="polite">
      <ul>
        {notices.map((n, i) => (
          <li key={i}>{t(n.key, n.vars)}</li>
        ))}
      </ul>
    </div>
  );
}
