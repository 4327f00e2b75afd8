import type { Translate } from '../../../lib/prefs';
import { useNotices } from '../notices';

/** What the page changed in the link that opened it, in the page's language (never an error). */
export function LinkNotices({ t }: { t: Translate }) {
  const notices = useNotices();
  // The live region is always there, so a notice that comes later (a page past the end, known from the answer) is read out.
  return (
    <div aria-live="polite">
      {notices.length ? (
        <ul className="notice">
          {notices.map((n, i) => (
            <li key={i}>{t(n.key, n.vars)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
