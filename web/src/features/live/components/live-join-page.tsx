import { useEffect, useRef } from 'react';
import { Link } from '../../../lib/link';
import { withPrefs, type Prefs, type Translate } from '../../../lib/prefs';
import { buildHref } from '../../../lib/url-state';
import type { FollowSnapshot } from '../lib/follow-store';
import type { LiveTranslate } from '../lib/live-i18n';

/** /direct/:code until the presenter's screen arrives, or what to say when the session is over or unknown. */
export function LiveJoinPage({ snap, code, lt, prefs }: { snap: FollowSnapshot; code: string; lt: LiveTranslate; prefs: Prefs & { t: Translate } }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const over = snap.status === 'ended' || snap.status === 'unknown';
  const [title, text] =
    snap.status === 'ended' ? [lt('endedTitle'), lt('endedText', { code })] : snap.status === 'unknown' ? [lt('unknownTitle'), lt('unknownText', { code })] : [lt('connectingTitle', { code }), lt('connectingText')];
  useEffect(() => {
    document.title = `${title} — ${prefs.t('appTitle')}`;
    // A new screen: focus goes to its heading (web.md), so the outcome is read out.
    if (over) heading.current?.focus();
  }, [title, over, prefs]);
  return (
    <main id="main" className="live-join">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p role="status">{text}</p>
      {over ? (
        <Link className="btn btn--primary" href={buildHref('/', withPrefs(new URLSearchParams(), prefs))}>
          {lt('explore')}
        </Link>
      ) : null}
    </main>
  );
}
