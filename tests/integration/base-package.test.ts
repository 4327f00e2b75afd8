import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '#server/app.js';
import { createBasePackageCache } from '#server/export/base-package.js';
import { publishExamples } from '#server/import/publish.js';
import { frictionlessProblems } from '../support/frictionless.js';
import { testEngine } from '../support/engine.js';
import { zipEntries } from '../support/zip-entries.js';
import { appWith, type AppUnderTest } from '../fixtures/api/app-under-test.js';
import { generatedExamples } from '../fixtures/api/fixture-examples.js';

// The whole base as a ready download at a stable URL: built once per data version, served from the cache, its ETag the
// data version; HEAD gives its size.
let t: AppUnderTest;
const dir = mkdtempSync(join(tmpdir(), 'odd17-base-test-'));
const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

beforeAll(async () => {
  // The cache is given its own folder, so the test can see which files it keeps.
  t = await appWith(generatedExamples(1_234));
  t.app = createApp({ search: { engine: t.client, index: t.index }, basePackage: createBasePackageCache({ ctx: { engine: t.client, index: t.index }, dir }) });
});
afterAll(() => {
  t.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('GET /api/export/base.zip', () => {
  it('serves every example as a valid data package, tagged with the data version, and its size on HEAD', async () => {
    const res = await request(t.app).get('/api/export/base.zip').buffer(true).parse(binary).expect(200);
    const dataVersion = (await request(t.app).get('/api/changes').expect(200)).body.dataVersion as string;
    expect(res.headers.etag).toBe(`"${dataVersion}"`);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toMatch(new RegExp(`exemples-odd17-base-\\d{4}-\\d\\d-\\d\\d-${dataVersion}\\.zip`));
    expect(res.headers['x-total-count']).toBe('1234');
    const zip = await zipEntries(res.body as Buffer);
    expect(await frictionlessProblems(zip)).toEqual([]);
    const rows = parse(zip.get('exemples.csv')!.toString('utf8'), { delimiter: ';' }) as string[][];
    expect(rows).toHaveLength(1_235);
    expect(JSON.parse(zip.get('datapackage.json')!.toString('utf8')).resources[0].stats.rows).toBe(1_234);
    expect(zip.get('README.md')!.toString('utf8')).toContain('- Sélection : toute la base (aucun filtre)');

    const head = await request(t.app).head('/api/export/base.zip').expect(200);
    expect(Number(head.headers['content-length'])).toBe((res.body as Buffer).length);
    expect(head.headers.etag).toBe(`"${dataVersion}"`);
    expect(head.headers['last-modified']).toEqual(expect.any(String));
  });

  it('answers 304 to a reader who has this version, 412 and 416 to bad conditions, never 500', async () => {
    const { etag } = (await request(t.app).head('/api/export/base.zip').expect(200)).headers;
    await request(t.app).get('/api/export/base.zip').set('If-None-Match', etag!).expect(304);
    await request(t.app).get('/api/export/base.zip').set('If-Match', '"autre"').expect(412);
    await request(t.app).get('/api/export/base.zip').set('Range', 'bytes=999999999-').expect(416);
    const part = await request(t.app).get('/api/export/base.zip').set('Range', 'bytes=0-3').buffer(true).parse(binary).expect(206);
    expect((part.body as Buffer).toString('latin1')).toBe('PK\u0003\u0004');
  });

  it('is rebuilt when the data version changes, and the old file is dropped', async () => {
    const before = (await request(t.app).head('/api/export/base.zip').expect(200)).headers.etag;
    await publishExamples({ ...testEngine(), index: t.index, examples: generatedExamples(1_240), files: ['plus.csv'] });
    const after = await request(t.app).get('/api/export/base.zip').buffer(true).parse(binary).expect(200);
    expect(after.headers.etag).not.toBe(before);
    expect(after.headers['x-total-count']).toBe('1240');
    expect(readdirSync(dir).filter((f) => f.endsWith('.zip'))).toEqual([`base-${after.headers.etag!.replace(/"/g, '')}.zip`]);
  });
});
