// The pages of the web app (web.md), shared by the server (a real 404 for any other path) and the web's router.

export const SEARCH_PATH = '/';
export const STATS_PATH = '/statistiques';
export const ACCESSIBILITY_PATH = '/accessibilite';
/** An example's page; the id is the path's last segment, URL-encoded. */
export const EXAMPLE_PATH = /^\/exemples\/([^/]+)$/;
/** A live session's join page; the code as typed, read by live-code.ts's normaliseLiveCode. */
export const LIVE_PATH = /^\/direct\/([^/]+)$/;

/** Every page web.md names, including those other features serve: the live mode and the curators' workspace. */
const PAGES: readonly RegExp[] = [/^\/$/, /^\/statistiques$/, /^\/accessibilite$/, EXAMPLE_PATH, LIVE_PATH, /^\/admin(?:\/.*)?$/];

/** Whether a path is one of the app's pages (else the app answers it with its « page introuvable »). */
export const isAppPath = (path: string): boolean => PAGES.some((page) => page.test(path));

/** The example id of an example page's path (decoded; as typed when it is not valid percent-encoding), else undefined. */
export function exampleIdIn(path: string): string | undefined {
  const segment = EXAMPLE_PATH.exec(path)?.[1];
  if (segment === undefined) return undefined;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Path of an example's page. */
export const examplePath = (id: string): string => `/exemples/${encodeURIComponent(id)}`;
