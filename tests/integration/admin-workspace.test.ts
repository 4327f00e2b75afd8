import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportMappingSchema } from '#domain/import-mapping.js';
import type { ImportReport } from '#domain/import-report.js';
import { loadMapping } from '#server/import/mapping-file.js';
import { runImport } from '#server/import/run-import.js';
import { publishExamples } from '#server/import/publish.js';
import type { DiffEntry } from '#server/publish/diff-indexes.js';
import { diffIndexName, uploadsIndex } from '#server/admin/store/admin-indexes.js';
import { sweepExpired } from '#server/admin/sweep.js';
import { makeExample } from '../fixtures/api/fixture-examples.js';
import { laureatesWorkbook } from '../fixtures/admin/workbook.js';
import { testEngine, uniqueIndexName } from '../support/engine.js';
import { adminApp, loggedIn, settled } from '../fixtures/admin/admin-app.js';

const root = resolve(import.meta.dirname, '../..');
const SAMPLE = ['ancien-export.csv', 'export-plateforme-2024.csv', 'tableur-catalyseurs.csv'].map((f) => join(root, 'data', f));

/** A report without what differs from one run to the next (times, the build's index). */
function comparable(report: ImportReport): unknown {
  // The CLI's files (report, rejects, proposed mapping) are its own; the workspace writes none.
  const { startedAt: _s, durationMs: _d, reportFile: _r, rejectsFiles: _j, mappingFile: _m, published: _p, index: _i, ...rest } = report;
  return { ...rest, dataset: { ...rest.dataset, importedAt: undefined } };
}

describe('curators’ workspace: upload, preview, publish, roll back', () => {
  it('previews the three sample dialects with the same report and diff as the CLI, publishes, and names the curator in the history', async () => {
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
      // The CSV holds every entry once, past the engine's pages of 500.
      const csv = (await agent.get(`/api/admin/imports/${id}/diff.csv`).expect(200)).text.trim().split('\r\n');
      expect(csv.length).toBe(1 + 1260);
      expect(new Set(csv.slice(1).map((line) => line.split(';')[1])).size).toBe(1260);
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

  it('gives the CLI’s report and the same diff entries on the same files against the same base, with the same mapping', async () => {
    const base = [makeExample({ id: 'ODD17-00987', title: 'Ancien titre', regions: ['bretagne'] }), makeExample({ id: 'gone', title: 'Exemple retiré depuis', regions: ['corse'] })];
    const messy = join(root, 'tests/fixtures/admin/messy/laureats-fondation.csv');
    const mapping = { columns: { "Libellé de l'opération": 'title', Territoire: 'regions', Objectifs: 'sdgs' }, values: {} };
    const cliIndex = uniqueIndexName('cli');
    await publishExamples({ ...testEngine(), index: cliIndex, examples: base, files: ['base.csv'] });
    const cliEntries: DiffEntry[] = [];
    const cli = await runImport({ paths: [SAMPLE[0]!, messy], engine: testEngine(), index: cliIndex, dryRun: false, mapping: ImportMappingSchema.parse(mapping), onDiffEntry: (e) => void cliEntries.push(e) });

    const { app, index, engine, close } = await adminApp();
    try {
      await publishExamples({ ...testEngine(), index, examples: base, files: ['base.csv'] });
      const { agent, csrf } = await loggedIn(app);
      const created = await agent.post('/api/admin/imports').set('X-CSRF-Token', csrf).field('mapping', JSON.stringify(mapping)).attach('files', readFileSync(SAMPLE[0]!), 'ancien-export.csv').attach('files', readFileSync(messy), 'laureats-fondation.csv').expect(201);
      const id = (created.body as { id: string }).id;
      const job = await settled(agent, `/api/admin/imports/${id}`);
      expect(comparable(job.report as ImportReport)).toEqual(comparable(cli));
      expect(job.diff).toEqual(cli.dataset!.diff);
      expect(job.diff).toMatchObject({ removed: 1, changed: 1 });
      // Every entry, by kind and id, from the workspace's paged diff.
      const listed: { kind: string; id: string }[] = [];
      for (let page = 1; ; page++) {
        const body = (await agent.get(`/api/admin/imports/${id}/diff?page=${page}&hitsPerPage=100`).expect(200)).body as { items: { kind: string; id: string }[]; totalPages: number };
        listed.push(...body.items.map(({ kind, id: itemId }) => ({ kind, id: itemId })));
        if (page >= body.totalPages) break;
      }
      const key = (e: { kind: string; id: string }) => `${e.kind}:${e.id}`;
      expect(listed.map(key).sort()).toEqual(cliEntries.map(key).sort());
      // The changed example, field by field; the CSV says the same.
      const changed = (await agent.get(`/api/admin/imports/${id}/diff?kind=changed`).expect(200)).body as { items: { id: string; changes: { label: string; before: string; after: string }[] }[] };
      expect(changed.items[0]!.id).toBe('ODD17-00987');
      expect(changed.items[0]!.changes.find((c) => c.label === 'Titre')).toMatchObject({ before: 'Ancien titre' });
      const csv = await agent.get(`/api/admin/imports/${id}/diff.csv?kind=changed`).expect(200);
      expect(csv.headers['content-type']).toMatch(/text\/csv/);
      expect(csv.text.startsWith('\uFEFFChangement;ID;Titre;Champ;Avant;Après')).toBe(true);
      expect(csv.text).toMatch(/modifié;ODD17-00987;.*;Titre;Ancien titre;/);
      // Discarding leaves nothing behind: stage, diff, uploaded files.
      const stages = async () => (await engine.request<{ results: { uid: string }[] }>('GET', '/indexes?limit=1000')).results.map((i) => i.uid).filter((u) => u.startsWith(`${index}__stage_`));
      expect((await stages()).length).toBe(3); // the stage, its meta and its diff
      expect((await stages()).some((u) => u === diffIndexName(u.replace(/-diff$/, '')))).toBe(true);
      await agent.delete(`/api/admin/imports/${id}`).set('X-CSRF-Token', csrf).expect(204);
      expect(await stages()).toEqual([]);
      expect((await engine.request<{ total: number }>('POST', `/indexes/${uploadsIndex(index)}/documents/fetch`, { limit: 1 })).total).toBe(0);
      expect((await agent.get(`/api/admin/imports/${id}`).expect(200)).body.status).toBe('discarded');
    } finally {
      close();
    }
  });

  it('re-reads with a new mapping, saves it as a profile proposed for the same headers, refuses a stale or unconfirmed publication, rolls back', async () => {
    const { app, index, close } = await adminApp();
    try {
      await publishExamples({ ...testEngine(), index, examples: [makeExample({ id: 'keep', title: 'Gardé', regions: ['bretagne'] }), makeExample({ id: 'old-1', title: 'Ancien un' }), makeExample({ id: 'old-2', title: 'Ancien deux' })], files: ['base.csv'] });
      const { agent, csrf } = await loggedIn(app);
      const messy = readFileSync(join(root, 'tests/fixtures/admin/messy/laureats-fondation.csv'));
      const upload = async () => (await agent.post('/api/admin/imports').set('X-CSRF-Token', csrf).attach('files', messy, 'laureats-fondation.csv').expect(201)).body.id as string;
      const id = await upload();
      // No title column: nothing to import, said in French.
      const failed = await settled(agent, `/api/admin/imports/${id}`);
      expect(failed).toMatchObject({ status: 'failed', error: expect.stringMatching(/aucun fichier n’a de colonne « Titre »/) });
      // The stopped run keeps the CLI's fatal report: what was read, for the mapping editor to fix.
      const stopped = failed.report as ImportReport;
      expect(stopped.fatal!.message).toBe(failed.error);
      expect(stopped.files[0]).toMatchObject({ file: 'laureats-fondation.csv', titleColumn: false, header: expect.arrayContaining(["Libellé de l'opération"]) });
      expect(stopped.attention[0]).toMatch(/^Import arrêté : Rien à importer/);
      // The CLI, stopped on the same file, writes the same report.
      const cliStopped = (await runImport({ paths: [join(root, 'tests/fixtures/admin/messy/laureats-fondation.csv')], engine: testEngine(), index: uniqueIndexName('cli'), dryRun: false, reportDir: mkdtempSync(join(tmpdir(), 'cli-report-')) }).catch((e: unknown) => e)) as { reportFile: string };
      expect(comparable(stopped)).toEqual(comparable(JSON.parse(readFileSync(cliStopped.reportFile, 'utf8')) as ImportReport));
      const mapping = { columns: { "Libellé de l'opération": 'title', Territoire: 'regions' }, values: {} };
      await agent.put(`/api/admin/imports/${id}/mapping`).set('X-CSRF-Token', csrf).send({ mapping }).expect(202);
      const ready = await settled(agent, `/api/admin/imports/${id}`);
      expect(ready).toMatchObject({ status: 'ready', diff: { added: 4, removed: 3, changed: 0, unchanged: 0 } });
      // Saved as the editor saves it: one profile per file, keyed by the header signature the report gives.
      const signature = (ready.report as ImportReport).files[0]!.signature;
      expect((ready.files as { signature: string }[])[0]!.signature).toBe(signature);
      await agent.put('/api/admin/profiles/Lauréats fondation').set('X-CSRF-Token', csrf).send({ profiles: [{ name: 'laureats-fondation.csv', signature, ...mapping }] }).expect(200);
      expect((await agent.get('/api/admin/profiles').expect(200)).body.map((p: { name: string }) => p.name)).toEqual(['Lauréats fondation']);
      // The saved profile is a mapping file: `npm run import -- --mapping` reads what GET answers, as it is.
      const file = join(mkdtempSync(join(tmpdir(), 'profile-')), 'laureats.json');
      writeFileSync(file, (await agent.get('/api/admin/profiles/Lauréats fondation').expect(200)).text);
      const loaded = await loadMapping(file);
      expect(loaded.profiles).toMatchObject([{ signature, columns: { "Libellé de l'opération": 'title', Territoire: 'regions' } }]);
      expect((await runImport({ paths: [join(root, 'tests/fixtures/admin/messy/laureats-fondation.csv')], index, dryRun: true, mapping: loaded })).counts.imported).toBe(4);
      // The same headers again: the profile is proposed.
      const again = await upload();
      expect((await settled(agent, `/api/admin/imports/${again}`)).profileSuggestions).toEqual(['Lauréats fondation']);
      await agent.put(`/api/admin/imports/${again}/mapping`).set('X-CSRF-Token', csrf).send({ profile: 'Lauréats fondation' }).expect(202);
      expect(await settled(agent, `/api/admin/imports/${again}`)).toMatchObject({ status: 'ready', profile: 'Lauréats fondation', profileSuggestions: [] });

      // 3 of 3 removed (100 % > 20 %): the number must be confirmed.
      const refused = await agent.post(`/api/admin/imports/${id}/publish`).set('X-CSRF-Token', csrf).send({}).expect(409);
      expect(refused.body.error).toMatchObject({ code: 'confirmation_required', details: { removed: 3, base: 3 } });
      expect(refused.body.error.message).toMatch(/retire 3 des 3 exemples en ligne \(100 %\).*confirmez en indiquant ce nombre/);
      await agent.post(`/api/admin/imports/${id}/publish`).set('X-CSRF-Token', csrf).send({ confirmRemoved: 2 }).expect(409);
      await agent.post(`/api/admin/imports/${id}/publish`).set('X-CSRF-Token', csrf).send({ confirmRemoved: 3 }).expect(202);
      expect((await settled(agent, `/api/admin/imports/${id}`)).status).toBe('published');
      // The other preview was compared with the base that just went: refused, with the way out.
      const stale = await agent.post(`/api/admin/imports/${again}/publish`).set('X-CSRF-Token', csrf).send({ confirmRemoved: 3 }).expect(409);
      expect(stale.body.error.message).toMatch(/La base en ligne a changé depuis cet aperçu.*relancez l’aperçu/);
      await agent.put(`/api/admin/imports/${again}/mapping`).set('X-CSRF-Token', csrf).send({ profile: 'Lauréats fondation' }).expect(202);
      expect(await settled(agent, `/api/admin/imports/${again}`)).toMatchObject({ status: 'ready', diff: { added: 0, removed: 0, changed: 0, unchanged: 4 } });

      // Roll back to the first version.
      const versions = (await agent.get('/api/admin/versions').expect(200)).body as { dataVersion: string; restorable: boolean; live: boolean; importId: string | null }[];
      expect(versions[0]).toMatchObject({ live: true, importId: id });
      const first = versions[1]!;
      expect(first.restorable).toBe(true);
      const restore = await agent.post(`/api/admin/versions/${first.dataVersion}/restore`).set('X-CSRF-Token', csrf).expect(202);
      expect((await settled(agent, `/api/admin/restores/${restore.body.id}`)).status).toBe('published');
      expect((await agent.get('/api/search?q=Ancien').expect(200)).body.totalHits).toBe(2);
      const after = (await agent.get('/api/admin/versions').expect(200)).body as { action: string; by: string; live: boolean; dataVersion: string }[];
      expect(after[0]).toMatchObject({ action: 'rollback', by: 'Camille Martin', live: true, dataVersion: first.dataVersion });
      await agent.post('/api/admin/versions/ffffffffffff/restore').set('X-CSRF-Token', csrf).expect(404);
      await agent.delete('/api/admin/profiles/Lauréats fondation').set('X-CSRF-Token', csrf).expect(204);
      await agent.get('/api/admin/profiles/Lauréats fondation').expect(404);
    } finally {
      close();
    }
  });

  it('lets an unpublished preview expire: its stage, diff and uploaded files deleted', async () => {
    const { app, index, engine, svc, close } = await adminApp({ admin: { previewTtlMs: 1 } });
    try {
      const { agent, csrf } = await loggedIn(app);
      const created = await agent.post('/api/admin/imports').set('X-CSRF-Token', csrf).attach('files', Buffer.from('Titre;Région\nCantine bio;Bretagne\n'), 'petit.csv').expect(201);
      await settled(agent, `/api/admin/imports/${created.body.id}`);
      await sweepExpired(svc);
      expect((await agent.get(`/api/admin/imports/${created.body.id}`).expect(200)).body).toMatchObject({ status: 'discarded', phase: 'Expiré' });
      const left = (await engine.request<{ results: { uid: string }[] }>('GET', '/indexes?limit=1000')).results.map((i) => i.uid).filter((u) => u.startsWith(`${index}__stage_`));
      expect(left).toEqual([]);
      expect((await engine.request<{ total: number }>('POST', `/indexes/${uploadsIndex(index)}/documents/fetch`, { limit: 1 })).total).toBe(0);
    } finally {
      close();
    }
  });

  it('keeps the diffs of the last publications only', async () => {
    const { app, svc, close } = await adminApp({ admin: { keepVersions: 0 } });
    try {
      const { agent, csrf } = await loggedIn(app);
      const ids: string[] = [];
      for (const title of ['Cantine bio', 'Cantine locale']) {
        const created = await agent.post('/api/admin/imports').set('X-CSRF-Token', csrf).attach('files', Buffer.from(`Titre;Région\n${title};Bretagne\n`), 'petit.csv').expect(201);
        await settled(agent, `/api/admin/imports/${created.body.id}`);
        await agent.post(`/api/admin/imports/${created.body.id}/publish`).set('X-CSRF-Token', csrf).send({ confirmRemoved: ids.length ? 1 : undefined }).expect(202);
        expect((await settled(agent, `/api/admin/imports/${created.body.id}`)).status).toBe('published');
        ids.push(created.body.id as string);
      }
      await sweepExpired(svc);
      const second = await agent.get(`/api/admin/imports/${ids[1]}/diff?kind=added`);
      expect(second.status, second.text).toBe(200);
      const old = await agent.get(`/api/admin/imports/${ids[0]}/diff`).expect(409);
      expect(old.body.error.message).toMatch(/n’est plus conservé/);
      expect((await agent.get(`/api/admin/imports/${ids[1]}/diff?kind=added`).expect(200)).body.items[0].title).toBe('Cantine locale');
    } finally {
      close();
    }
  });

  it('reads an .xlsx workbook: the first sheet with data, hyperlinks as their URL, dates as dates, lines as the sheet’s rows', async () => {
    const { app, close } = await adminApp();
    try {
      const { agent, csrf } = await loggedIn(app);
      const created = await agent.post('/api/admin/imports').set('X-CSRF-Token', csrf).attach('files', await laureatesWorkbook(), 'laureats.xlsx').expect(201);
      const job = await settled(agent, `/api/admin/imports/${created.body.id}`);
      expect(job).toMatchObject({ status: 'ready', files: [{ name: 'laureats.xlsx', kind: 'xlsx' }], diff: { added: 2 } });
      const items = ((await agent.get(`/api/admin/imports/${created.body.id}/diff?kind=added`).expect(200)).body as { items: { title: string; after: { website?: string; updatedAt?: string; regions: string[]; source: { line: number } } }[] }).items;
      const epicerie = items.find((i) => i.title.startsWith('Épicerie'))!;
      expect(epicerie.after).toMatchObject({ website: 'https://epicerie.example.org/', updatedAt: '2025-05-02', regions: ['normandie'], source: { line: 2 } });
      expect(items.find((i) => i.title.startsWith('Ressourcerie'))!.after).toMatchObject({ website: 'https://www.ressourcerie.example.org', regions: ['provence-alpes-cote-d-azur'], source: { line: 4 } });
    } finally {
      close();
    }
  });
});
