import type { Page } from 'playwright-core';

/** What has focus: its role-ish tag, accessible-name-ish text, and whether it is inside `within` (a selector). */
export async function focused(page: Page): Promise<{ tag: string; name: string; id: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName.toLowerCase() ?? '', name: (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim().replace(/\s+/g, ' '), id: el?.id ?? '' };
  });
}

/** Presses Tab until the focused element matches `test`, at most `max` times; fails with the path taken. */
export async function tabTo(page: Page, test: (f: { tag: string; name: string; id: string }) => boolean, max = 120, key = 'Tab'): Promise<void> {
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (test(f)) return;
    path.push(`${f.tag}:${f.name.slice(0, 30)}`);
  }
  throw new Error(`not reached after ${max} × ${key}: ${path.join(' → ')}`);
}

/** The computed outline and box shadow of the focused element: a visible focus indicator has one or the other. */
export const focusIndicator = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement as Element;
    const s = getComputedStyle(el);
    return s.outlineStyle !== 'none' && s.outlineWidth !== '0px' ? `outline ${s.outlineWidth} ${s.outlineStyle}` : s.boxShadow !== 'none' ? 'box-shadow' : 'none';
  });
