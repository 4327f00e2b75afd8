import { useEffect } from 'react';

// Every screen has one h1 and its own document.title; when the screen changes, focus goes to the new screen's h1
// (web.md), so a screen reader starts there and a keyboard user's next Tab is in the new screen, not at its bottom.
let shown: string | undefined;
let pending = false;

/** Called by the router with the screen on display: a change (not the first screen of a visit) asks for focus. */
export function screenShown(key: string): void {
  if (shown !== undefined && shown !== key) pending = true;
  shown = key;
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
