import { useHref } from '../../lib/url-state';
import type { Notice } from './repair-link';

// What the page changed in a link, said on the screen it leads to until the person goes elsewhere. Notices are
// recorded before the navigation to that screen, so its render reads them.
let current: { href: string; notices: Notice[] } = { href: '', notices: [] };

/** Records notices for the screen at `href`, added to those of that screen or of the one on display (a repair of a repair). */
export function addNotices(href: string, notices: Notice[]): void {
  if (!notices.length) return;
  const kept = current.href === href || current.href === window.location.pathname + window.location.search ? current.notices : [];
  current = { href, notices: [...kept, ...notices] };
}

/** The notices of the screen on display (none once the person has navigated away). */
export function useNotices(): Notice[] {
  return current.href === useHref() ? current.notices : [];
}
