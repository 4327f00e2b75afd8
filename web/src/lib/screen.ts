import { useEffect } from 'react';
import { ACCESSIBILITY_PATH, exampleIdIn, LIVE_PATH, SEARCH_PATH, STATS_PATH } from '#domain/app-paths.js';

// Every screen has one h1 and its own document.title; when the screen changes, focus goes to the new screen's h1
// (web.md), so a screen reader starts there and a keyboard user's next Tab is in the new screen, not at its bottom.
let shown: string | undefined;
let pending = false;
let kept: string | undefined;

/** The screen a path shows: an example's (by id), a page of the app, a live session's join page, or « not found ». */
export function screenOfPath(path: string): string {
  if (LIVE_PATH.test(path)) return 'live';
  const id = exampleIdIn(path);
  if (id !== undefined) return `example:${id}`;
  return path === SEARCH_PATH || path === STATS_PATH || path === ACCESSIBILITY_PATH ? path : 'not-found';
}

/** Called by the router with the path on display: a change of screen (not the first of a visit) asks for focus. */
export function screenShown(path: string): void {
  const key = screenOfPath(path);
  if (shown !== undefined && shown !== key && kept !== key) pending = true;
  if (shown !== key) kept = undefined;
  shown = key;
}

/** Going to `path` is not the person's own step (a live presenter's): focus stays where they are. */
export function keepFocusGoingTo(path: string): void {
  kept = screenOfPath(path);
}

/** Takes the pending focus request, for a screen that puts focus elsewhere (back to the result the reader opened). */
export function takeScreenFocus(): boolean {
  const was = pending;
  pending = false;
  return was;
}

/** Moves focus to the screen's h1 (it carries tabIndex -1). */
export const focusHeading = (): void => document.querySelector<HTMLElement>('h1')?.focus();

/** Sets the tab's title: « <what is on screen> — <app> ». */
export function useDocumentTitle(title: string | undefined, appTitle: string): void {
  useEffect(() => {
    if (title !== undefined) document.title = `${title} — ${appTitle}`;
  }, [title, appTitle]);
}

/** Once the screen's h1 is on display (`ready`), gives it focus if the screen just changed. */
export function useScreenFocus(ready = true): void {
  useEffect(() => {
    if (ready && takeScreenFocus()) focusHeading();
  }, [ready]);
}

/** Both: the title of the screen and focus on its h1. */
export function useScreen(title: string | undefined, appTitle: string, ready = true): void {
  useDocumentTitle(title, appTitle);
  useScreenFocus(ready);
}
