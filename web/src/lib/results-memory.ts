import { useLayoutEffect, useRef } from 'react';
import { takeScreenFocus } from './screen';

// « Retour aux résultats » (or Back) puts the reader where they were: the scroll position of the list and focus on
// the result they opened. Kept per search (its href) in memory: a reload starts at the top, as a new visit does.
const MAX = 20;
const saved = new Map<string, { y: number; id: string }>();

/** Remembers where the reader is in the results of `search` as they open the example `id`. */
export function rememberResults(search: string, id: string): void {
  saved.delete(search);
  saved.set(search, { y: window.scrollY, id });
  if (saved.size > MAX) saved.delete(saved.keys().next().value!);
}

/** Once the results of `search` are on display (`ready`), returns to the remembered place, once per visit of the screen. */
export function useRestoreResults(search: string, ready: boolean): void {
  const done = useRef(false);
  useLayoutEffect(() => {
    if (!ready || done.current) return;
    done.current = true;
    const place = saved.get(search);
    if (!place) return;
    saved.delete(search);
    const link = document.querySelector<HTMLElement>(`[data-result="${CSS.escape(place.id)}"] a`);
    window.scrollTo(0, place.y);
    if (link && takeScreenFocus()) link.focus({ preventScroll: true });
  }, [ready, search]);
}
