import { useRef } from 'react';
import { leave, rejoin, type FollowSnapshot } from '../lib/follow-store';
import type { LiveTranslate } from '../lib/live-i18n';

/** A discreet bar under the header: following, exploring alone (one click back), or over; plus a polite live region. */
export function LiveBanner({ snap, lt, announcement }: { snap: FollowSnapshot; lt: LiveTranslate; announcement: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const back = () => {
    rejoin();
    // The button goes away: keep the keyboard and screen-reader user on the banner, which now says they follow.
    ref.current?.focus();
  };
  const code = <strong className="live-banner__code">{snap.code}</strong>;
  const over = (text: string) => (
    <>
      {text}{' '}
      <button type="button" className="link-btn" onClick={leave}>
        {lt('dismiss')}
      </button>
    </>
  );
  const content = {
    connecting: <>{lt('connectingTitle', { code: snap.code ?? '' })}</>,
    following: (
      <>
        <span className="live-dot" aria-hidden="true" /> {lt('following')} {code}
        {snap.reconnecting ? <span className="muted"> — {lt('reconnecting')}</span> : null}
      </>
    ),
    detached: (
      <>
        {lt('alone')} —{' '}
        <button type="button" className="btn live-banner__action" onClick={back}>
          {lt('rejoin')}
        </button>
      </>
    ),
    ended: over(lt('endedBanner')),
    unknown: over(lt('unknownTitle')),
  }[snap.status];
  return (
    <div ref={ref} tabIndex={-1} className={`live-banner live-banner--${snap.status}`} role="region" aria-label={lt('bannerLabel')}>
      <p className="live-banner__text">{content}</p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
