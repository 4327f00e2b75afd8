import type { Page } from 'playwright-core';

export interface Focused {
  tag: string;
  type: string;
  /** Its aria-label, else its text, spaces collapsed. */
  name: string;
  id: string;
}

/** What has focus. */
export async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName.toLowerCase() ?? '', type: el?.getAttribute('type') ?? '', name: (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim().replace(/\s+/g, ' '), id: el?.id ?? '' };
  });
}

/** Presses Tab until the focused element matches `test`, at most `max` times; fails with the path taken. */
export async function tabTo(page: Page, test: (f: Focused) => boolean, max = 120, key = 'Tab'): Promise<void> {
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
