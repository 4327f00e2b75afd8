import { useSyncExternalStore } from 'react';

type Subscribe = (onChange: () => void) => () => void;
/** One subscriber per query: a new one each render would make React unsubscribe and subscribe again at every answer. */
const SUBSCRIBERS = new Map<string, Subscribe>();
const subscriberOf = (query: string): Subscribe => {
  let subscribe = SUBSCRIBERS.get(query);
  if (!subscribe)
    SUBSCRIBERS.set(
      query,
      (subscribe = (onChange) => {
        const list = window.matchMedia(query);
        list.addEventListener('change', onChange);
        return () => list.removeEventListener('change', onChange);
      }),
    );
  return subscribe;
};

/** Whether a media query matches, following changes (rotation, resizing). */
export function useMedia(query: string): boolean {
  return useSyncExternalStore(subscriberOf(query), () => window.matchMedia(query).matches, () => false);
}

/** The phone layout's breakpoint, as the stylesheet has it. */
export const PHONE = '(max-width: 760px)';
