import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

// Debian's Chromium, driven by playwright-core (no browser download); each launch gets a fresh temporary profile.
export const CHROMIUM = '/usr/bin/chromium';
// Each new context opens a window whose omnibox popup (a WebUI page, ~0.7 s of CPU) Chromium would build as the test's
// or benchmark's page loads, on the same 2 cores; a person's browser has built its own long before they open a page.
const NO_BROWSER_UI = '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup,PreloadTopChromeWebUI';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync', NO_BROWSER_UI];

/** Launches headless Chromium, or fails with the command that installs it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium introuvable (${CHROMIUM}) : installez-le avec « apt-get update && apt-get install -y chromium »`);
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** Collects uncaught page errors and dialogs (alert() would prove an injection), to assert there were none. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return problems;
}

/** The number in the result count (role=status), e.g. "1 234 exemples" → 1234; 0 for "Aucun exemple". */
export async function resultCount(page: Page): Promise<number> {
  const text = (await page.getByRole('status').first().textContent()) ?? '';
  const digits = text.replace(/[\s\u202f\u00a0]/g, '').match(/\d+/);
  return digits ? Number(digits[0]) : 0;
}
