import { useSyncExternalStore } from 'react';

// A tiny location store over history + popstate: ~50 lines instead of a router and a URL-state library (bundle budget).
const listeners = new Set<() => void>();
const emit = (): void => listeners.forEach((l) => l());
/** The href the last keystroke wrote, as long as nothing else navigated since: the typing session in progress. */
let typedHref: string | undefined;
if (typeof window !== 'undefined')
  window.addEventListener('popstate', () => {
    typedHref = undefined;
    emit();
  });

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = (): string => window.location.pathname + window.location.search;

/** The current path and query, re-rendering on navigate() and on the back button. */
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
  // Nothing changes (a trailing space): the typing session, or its absence, stays as it is.
  if (href === snapshot()) return;
  const replace = options.replace || (options.typed === true && typedHref === snapshot());
  typedHref = options.typed ? href : undefined;
  if (replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  emit();
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
