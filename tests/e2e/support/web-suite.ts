import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { testEngine, uniqueIndexName } from '../../support/engine.js';
import { launchChromium } from '#scripts/support/chromium.js';
import { buildWebForTests, startWebApp, type WebApp } from '#scripts/support/web-app.js';
import { webFixtures } from '#scripts/support/web-fixtures.js';

export interface WebSuite {
  app: WebApp;
  browser: Browser;
}

/** Per test file: build the web, serve it with the real API on a fresh index of the run's engine, launch Chromium. */
export function useWebSuite(): WebSuite {
  const suite = {} as WebSuite;
  beforeAll(async () => {
    buildWebForTests();
    const { url, masterKey } = testEngine();
    suite.app = await startWebApp({ url, masterKey, index: uniqueIndexName('web'), examples: webFixtures() });
    suite.browser = await launchChromium();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.app?.close();
  });
  return suite;
}
