import { withPrefs, type Prefs } from '../../../lib/prefs';
import { buildHref, parseHref } from '../../../lib/url-state';

const NO_PREFS: Prefs = { lang: 'fr', presenter: false };

/** What a presenter broadcasts: the screen and its state, without their display preferences (each follower keeps theirs). */
export function sharedPath(href: string): string {
  const { path, params } = parseHref(href);
  return buildHref(path, withPrefs(params, NO_PREFS));
}

/** The presenter's screen as this follower shows it: in their own language and size. */
export function followerHref(path: string, prefs: Prefs): string {
  const { path: screen, params } = parseHref(path);
  return buildHref(screen, withPrefs(params, prefs));
}

/** One form per screen state: no display preferences, params in order. */
function canonical(href: string): string {
  const { path, params } = parseHref(sharedPath(href));
  params.sort();
  return buildHref(path, params);
}

/** Whether two hrefs show the same screen in the same state, whatever the language, presenter mode or param order. */
export const sameScreen = (a: string, b: string): boolean => canonical(a) === canonical(b);

/** The screen part (results, statistics, an example), to tell a change of screen from a change of filters. */
export const screenOf = (href: string): string => parseHref(href).path;
