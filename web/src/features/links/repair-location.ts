import { EXAMPLE_PATH, SEARCH_PATH, STATS_PATH } from '#domain/app-paths.js';
import { buildHref, parseHref } from '../../lib/url-state';
import { addNotices } from './notices';
import { repairParams } from './repair-link';

/**
 * Repairs the address the app was opened at, before the first render: a shared or outdated link never reaches the
 * API with what it would refuse. In-app navigation only ever writes valid states, so the entry point is the one place.
 */
export function repairLocation(): void {
  const { path, params } = parseHref(window.location.pathname + window.location.search);
  // The screens whose query string is a search; other pages (the live mode, the workspace) read their own.
  if (path !== SEARCH_PATH && path !== STATS_PATH && !EXAMPLE_PATH.test(path)) return;
  const repaired = repairParams(params);
  const href = buildHref(path, repaired.params);
  if (href === buildHref(path, params)) return;
  addNotices(href, repaired.notices);
  window.history.replaceState(window.history.state, '', href + window.location.hash);
}
