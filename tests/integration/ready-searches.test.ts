import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '#server/app.js';
import type { EngineClient } from '#server/engine-client/engine-client.js';
import { runImport } from '#server/import/run-import.js';
import { createSearchClient } from '#server/keys.js';
import { FRENCH_WORDS, READY_SEARCHES } from '#web/src/lib/ready-searches.js';
import { testEngine, uniqueIndexName } from '../support/engine.js';

// The searches the page proposes (ready-made, and the French words of the English interface's note) find examples
// in the sample base that ships with the project: a proposal that gives nothing is what issue 13 found in English.
let app: Express;
let client: EngineClient;
const reports = mkdtempSync(join(tmpdir(), 'odd17-ready-'));

beforeAll(async () => {
  const { url, masterKey } = testEngine();
  const index = uniqueIndexName('sample');
  await runImport({ paths: [resolve(import.meta.dirname, '../../data')], engine: { url, masterKey }, index, dryRun: false, reportDir: reports });
  ({ client } = await createSearchClient({ url, masterKey, index }));
  app = createApp({ search: { engine: client, index } });
});
afterAll(() => {
  client?.close();
  rmSync(reports, { recursive: true, force: true });
});

describe('the searches the page proposes, on the sample base', () => {
  it.each(READY_SEARCHES.map((r) => [r.fr, r.qs] as const))('ready-made « %s » finds examples', async (_name, qs) => {
    const res = await request(app).get(`/api/search?${qs}`).expect(200);
    expect(res.body.totalHits).toBeGreaterThan(5);
  });

  it.each(FRENCH_WORDS.map((w) => [w.fr, w.en] as const))('the English note’s « %s » (%s) finds examples, its English meaning far fewer', async (fr, en) => {
    const french = await request(app).get('/api/search').query({ q: fr }).expect(200);
    const english = await request(app).get('/api/search').query({ q: en }).expect(200);
    expect(french.body.totalHits).toBeGreaterThan(10);
    expect(english.body.totalHits).toBeLessThan(french.body.totalHits / 2);
  });
});
