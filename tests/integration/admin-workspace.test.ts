import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '#server/import/run-import.js';
import type { ImportReport } from '#server/import/report.js';
import { testEngine, uniqueIndexName } from '../support/engine.js';
import { adminApp, loggedIn, settled } from '../fixtures/admin/admin-app.js';

const root = resolve(import.meta.dirname, '../..');
const SAMPLE = ['ancien-export.csv', 'export-plateforme-2024.csv', 'tableur-catalyseurs.csv'].map((f) => join(root, 'data', f));

/** A report without what differs from one run to the next (times, the build's index). */
function comparable(report: ImportReport): unknown {
  const { startedAt: _s, durationMs: _d, reportFile: _r, rejectsFile: _j, published: _p, index: _i, ...rest } = report;
  return { ...rest, dataset: { ...rest.dataset, importedAt: undefined } };
}

describe('curators’ workspace: upload, preview, publish, roll back', () => {
  it('previews the three sample dialects with the same report and diff as the CLI, publishes, and rolls back', async () => {
    const { app, index, close } = await adminApp();
    try {
      // The CLI on a twin index gives the reference report.
      const cli = await runImport({ paths: SAMPLE, engine: testEngine(), index: uniqueIndexName('cli'), dryRun: false });
      const { agent, csrf } = await loggedIn(app);
      const upload = agent.post('/api/admin/imports').set('X-CSRF-Token', csrf);
      for (const path of SAMPLE) upload.attach('files', readFileSync(path), path.split('/').pop());
      const created = await upload.expect(201);
      const id = (created.body as { id: string }).id;
      const job = await settled(agent, `/api/admin/imports/${id}`);
      expect(job.status).toBe('ready');
      expect(comparable(job.report as ImportReport)).toEqual(comparable(cli));
      expect(job.diff).toEqual({ added: 1260, removed: 0, changed: 0, unchanged: 0 });

      const page = (await agent.get(`/api/admin/imports/${id}/diff?kind=added&q=cantine`).expect(200)).body as { items: { title: string; after?: unknown }[]; totalHits: number };
      expect(page.totalHits).toBeGreaterThan(0);
      expect(page.items.every((i) => /cantine/i.test(i.title) && i.after)).toBe(true);
      // Nothing public changed yet.
      expect((await agent.get('/api/search?hitsPerPage=1').expect(200)).body.totalHits).toBe(0);

      await agent.post(`/api/admin/imports/${id}/publish`).set('X-CSRF-Token', csrf).send({}).expect(202);
      const published = await settled(agent, `/api/admin/imports/${id}`);
      expect(published.status).toBe('published');
      expect((await agent.get('/api/search?hitsPerPage=1').expect(200)).body.totalHits).toBe(1260);
      const versions = (await agent.get('/api/admin/versions').expect(200)).body as { dataVersion: string; by: string; live: boolean }[];
      expect(versions[0]).toMatchObject({ by: 'Camille Martin', live: true, dataVersion: cli.dataset!.dataVersion });
      void index;
    } finally {
      close();
    }
  });
});
