import { useEffect, useRef, useState } from 'react';
import { useHref } from '../../../lib/url-state';
import type { PresenterSession } from '../api/create-session';
import { createBroadcaster, type Broadcaster } from './broadcaster';
import { sharedPath } from './live-href';

/** While this tab presents a session: every navigation (typing, filters, sort, page, example, statistics) goes out. */
export function useBroadcast(session: PresenterSession | null, onGone: () => void): Broadcaster | null {
  const href = useHref();
  const gone = useRef(onGone);
  gone.current = onGone;
  const [broadcaster, setBroadcaster] = useState<Broadcaster | null>(null);
  useEffect(() => {
    if (!session) return setBroadcaster(null);
    const b = createBroadcaster(session, () => gone.current());
    setBroadcaster(b);
    return () => b.stop();
  }, [session]);
  useEffect(() => {
    broadcaster?.send(sharedPath(href));
  }, [broadcaster, href]);
  return broadcaster;
}
