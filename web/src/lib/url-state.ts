import { useSyncExternalStore } from 'react';

// A tiny location store over history + popstate: ~50 lines instead of a router and a URL-state library (bundle budget).
const listeners = new Set<() => void>();
/** Starts a screen's request for an href; returns its promise when it started one (settled, whatever the answer). */
type Starter = (href: string) => Promise<unknown> | undefined;
const starters = new Set<Starter>();
const location = (): string => window.location.pathname + window.location.search;
/**
 * A keystroke's history write, made once its screen is painted: the same-document navigation costs the browser ~5 ms
 * of its own (it sends the page's state, and redraws the address bar), ~8 ms of a keystroke when made before the
 * answer arrived (paired bench:web, docs/decisions.md §53). Only the keystrokes that replace the typing session's
 * entry wait: the session's first, which pushes it, writes at once, so Back always finds the entry before the query.
 */
let pendingReplace: string | undefined;

function flushWrite(): void {
  if (pendingReplace === undefined) return;
  const href = pendingReplace;
  pendingReplace = undefined;
  window.history.replaceState(null, '', href);
}

/** After the next paint (a hidden tab paints no frames: at the latest after 100 ms). */
function afterPaint(run: () => void): void {
  requestAnimationFrame(() => setTimeout(run));
  setTimeout(run, 100);
}

/** The path and query of the app's current URL, a keystroke's not yet written to the history included. */
export const currentHref = (): string => pendingReplace ?? location();
/** The href the screens show: the URL's (read at the first render, after the link's repair), except during a keystroke's wait for its answer (below). */
let shown: string | undefined;
/** A keystroke's href waiting for its answer, shown when the answer is in or after TYPED_WAIT_MS, whichever first. */
let waiting: string | undefined;
const TYPED_WAIT_MS = 250;

function show(href: string): void {
  waiting = undefined;
  if (href === shown) return;
  shown = href;
  listeners.forEach((l) => l());
}

/** Starts the new href's request (so it is in flight while React draws the screen); its promise, if it started one. */
const start = (href: string): Promise<unknown> | undefined => [...starters].map((s) => s(href)).find(Boolean);

/** Shows the new href, at once or, for a keystroke, once `ready` (its request) has settled. */
function go(href: string, typed: boolean, ready: Promise<unknown> | undefined): void {
  if (!typed || !ready) return show(href);
  // A keystroke: the screen changes once, with its answer (no render of the previous results under the new query first,
  // ~10–20 ms of a keystroke, traced); a slow answer still shows the new query after TYPED_WAIT_MS, the previous results
  // kept and marked stale. A later keystroke supersedes this one.
  waiting = href;
  const showIfWaiting = () => {
    if (waiting === href) show(href);
    // Its own write only: a later keystroke's is made after that one's answer, not during its request.
    afterPaint(() => pendingReplace === href && flushWrite());
  };
  setTimeout(showIfWaiting, TYPED_WAIT_MS);
  void ready.then(showIfWaiting);
}

/** The href the last keystroke wrote, as long as nothing else navigated since: the typing session in progress. */
let typedHref: string | undefined;
if (typeof window !== 'undefined')
  window.addEventListener('popstate', () => {
    // Back before a keystroke's write: the browser has left the session's entry; writing it now would overwrite the one arrived at.
    pendingReplace = undefined;
    typedHref = undefined;
    go(location(), false, start(location()));
  });

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = (): string => (shown ??= location());

/** Calls `start` with each new href (navigate(), Back), before the screens re-render for it. */
export function onNavigation(start: Starter): () => void {
  starters.add(start);
  return () => starters.delete(start);
}

/** The path and query on screen, re-rendering on navigate() and on the back button. */
export function useHref(): string {
  return useSyncExternalStore(subscribe, snapshot, () => '/');
}

export interface NavigateOptions {
  /** Replace the current history entry instead of pushing one (repairs, display preferences). */
  replace?: boolean;
  /**
   * A keystroke in the search box: the first of a typing session pushes an entry (so Back returns to before the
   * query), the next ones replace it (so Back does not step through every prefix). Any other navigation ends the session.
   */
  typed?: boolean;
}

/** Go to a path+query in the app; push for deliberate steps (so Back undoes them). */
export function navigate(href: string, options: NavigateOptions = {}): void {
  const here = currentHref();
  // Nothing changes (a trailing space): the typing session, or its absence, stays as it is.
  if (href === here) return;
  const replace = options.replace || (options.typed === true && typedHref === here);
  typedHref = options.typed ? href : undefined;
  const ready = start(href);
  // A keystroke replacing the session's entry writes once its screen is painted (go below), in place of the previous
  // keystroke's if not yet made; any other step writes at once, after that one.
  if (options.typed && ready && replace) pendingReplace = href;
  else {
    flushWrite();
    if (replace) window.history.replaceState(null, '', href);
    else window.history.pushState(null, '', href);
  }
  go(href, options.typed === true, ready);
}

/** Splits an href into its path and its query params. */
export function parseHref(href: string): { path: string; params: URLSearchParams } {
  const i = href.indexOf('?');
  return i < 0 ? { path: href, params: new URLSearchParams() } : { path: href.slice(0, i), params: new URLSearchParams(href.slice(i + 1)) };
}

/** Builds an href from a path and params, without a dangling "?". */
export function buildHref(path: string, params: URLSearchParams): string {
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}
