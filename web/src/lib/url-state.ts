import { useSyncExternalStore } from 'react';

// A tiny location store over history + popstate: ~40 lines instead of a router and a URL-state library (bundle budget).
const listeners = new Set<() => void>();
const emit = (): void => listeners.forEach((l) => l());
if (typeof window !== 'undefined') window.addEventListener('popstate', emit);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = (): string => window.location.pathname + window.location.search;

/** The current path and query, re-rendering on navigate() and on the back button. */
export function useHref(): string {
  return useSyncExternalStore(subscribe, snapshot, () => '/');
}

/** Go to a path+query in the app; replace for keystrokes, push for deliberate steps (so Back undoes them). */
export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (href === snapshot()) return;
  if (options.replace) window.history.replaceState(null, '', href);
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
