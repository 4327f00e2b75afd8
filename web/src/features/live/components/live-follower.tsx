import { useEffect, useRef, useState } from 'react';
import { normaliseLiveCode } from '#domain/live-code.js';
import type { Prefs, Translate } from '../../../lib/prefs';
import { keepFocusGoingTo } from '../../../lib/screen';
import { currentHref, navigate, parseHref, useHref } from '../../../lib/url-state';
import { detach, follow, resumeFollowing, useFollow } from '../lib/follow-store';
import { followerHref, sameScreen, screenOf } from '../lib/live-href';
import { liveTranslator } from '../lib/live-i18n';
import { LiveBanner } from './live-banner';
import { LiveJoinPage } from './live-join-page';
import '../live.css';

// Said at most this often, and only when the presenter goes to another screen: the result count already speaks for filters.
const ANNOUNCE_EVERY_MS = 5_000;

const decoded = (code: string): string => {
  try {
    return decodeURIComponent(code);
  } catch {
    return code;
  }
};

/**
 * A participant's side: at /direct/:code it joins; then, while following, it shows each of the presenter's screens
 * (in the participant's own language and size), and any navigation of their own detaches them.
 */
export function LiveFollower({ code, prefs }: { code: string | undefined; prefs: Prefs & { t: Translate } }) {
  const snap = useFollow();
  const href = useHref();
  const lt = liveTranslator(prefs.lang);
  const [announcement, setAnnouncement] = useState('');
  const lastScreen = useRef<string | null>(null);
  const lastSaid = useRef(0);

  useEffect(() => {
    if (code === undefined) resumeFollowing();
    else follow(normaliseLiveCode(decoded(code)));
  }, [code]);

  useEffect(() => {
    if (snap.status !== 'following' || !snap.state) return;
    const target = followerHref(snap.state.path, prefs);
    if (code !== undefined || !sameScreen(target, currentHref())) {
      // The presenter's screen change is not the participant's: their focus (the banner, a card) stays put, and it is said.
      keepFocusGoingTo(parseHref(target).path);
      navigate(target, { replace: true });
    }
    const screen = screenOf(snap.state.path);
    if (lastScreen.current !== null && screen !== lastScreen.current && Date.now() - lastSaid.current > ANNOUNCE_EVERY_MS) {
      lastSaid.current = Date.now();
      // A different string each time, so the live region is read again.
      setAnnouncement((said) => (said === lt('changed') ? `${lt('changed')}\u00a0` : lt('changed')));
    }
    lastScreen.current = screen;
    // On a new state or a change of mode only, not on every render.
  }, [snap.state?.seq, snap.status]);

  // Brought back by « Montrer à tous »: said at once, whatever the pace of other announcements.
  useEffect(() => {
    if (snap.broughtBack === null) return;
    lastSaid.current = Date.now();
    setAnnouncement(lt('broughtBack'));
  }, [snap.broughtBack]);

  // Only the participant's own navigations: ours always match the presenter's state.
  useEffect(() => {
    if (code === undefined && snap.status === 'following' && snap.state && !sameScreen(href, snap.state.path)) detach();
  }, [href]);

  if (code !== undefined) return <LiveJoinPage snap={snap} code={snap.code ?? normaliseLiveCode(decoded(code))} lt={lt} prefs={prefs} />;
  return snap.code ? <LiveBanner snap={snap} lt={lt} announcement={announcement} /> : null;
}
