import { buildHref, currentHref, parseHref, useHref } from '../../lib/url-state';
import type { Notice } from './repair-link';

// What the page changed in a link, said on the screen it leads to until the person goes elsewhere. Notices are
// recorded before the navigation to that screen, so its render reads them.
let current: { href: string; notices: Notice[] } = { href: '', notices: [] };

/** A screen's href without the data version the page writes into it once it knows it (the same screen still). */
function screenHref(href: string): string {
  const { path, params } = parseHref(href);
  params.delete('v');
  return buildHref(path, params);
}

/** Records notices for the screen at `href`, added to those of that screen or of the one on display (a repair of a repair). */
export function addNotices(href: string, notices: Notice[]): void {
  if (!notices.length) return;
  const screen = screenHref(href);
  const kept = current.href === screen || current.href === screenHref(currentHref()) ? current.notices : [];
  current = { href: screen, notices: [...kept, ...notices] };
}

/** The notices of the screen on display (none once the person has navigated away). */
export function useNotices(): Notice[] {
  return current.href === screenHref(useHref()) ? current.notices : [];
}
