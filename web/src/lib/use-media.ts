import { useSyncExternalStore } from 'react';

/** Whether a media query matches, following changes (rotation, resizing). */
export function useMedia(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** The phone layout's breakpoint, as the stylesheet has it. */
export const PHONE = '(max-width: 760px)';
