import { adminClient } from '#server/publish/engine-admin.js';
import { describe, expect, it } from 'vitest';
import type { Example } from '#domain/example.js';
import { makeExample } from '../fixtures/api/fixture-examples.js';
import { publishExamples } from '#server/import/publish.js';
import type { DiffEntry } from '#server/publish/diff-indexes.js';
import { readHistory } from '#server/publish/history.js';
import { versionIndexName } from '#server/publish/index-names.js';
import { datasetOf, discardStaged, publishStaged, restoreVersion, stageExamples, StaleStageError } from '#server/publish/stage-and-publish.js';
import { keptVersions } from '#server/publish/swap-versions.js';
import { testEngine, uniqueIndexName } from '../support/engine.js';

const engine = testEngine();
const client = adminClient({ url: engine.url, masterKey: engine.masterKey });
const ex = (id: string, title: string, extra: Partial<Example> = {}): Example => makeExample({ id, title, regions: ['bretagne'], ...extra });
const docs = async (index: string) => Object.fromEntries((await client.index<Example>(index).getDocuments({ limit: 100 })).results.map((d) => [d.id, d]));
const tick = () => new Promise((r) => setTimeout(r, 5));

describe('publishing versions (data-format.md §3–4)', () => {
  it('dates examples: unchanged keep both dates, changed keep firstPublished, new ones get the publication time', async () => {
    const index = uniqueIndexName('versions');
    const first = await publishExamples({ ...engine, index, examples: [ex('a', 'Alpha'), ex('b', 'Bêta'), ex('c', 'Gamma')], files: ['v1.csv'] });
    const v1 = await docs(index);
    expect(v1.a!.firstPublished).toBe(first.importedAt);
    expect(v1.a!.lastChanged).toBe(first.importedAt);
    await tick();
    // Moved to another line of another file, same content: unchanged.
    const second = await publishExamples({ ...engine, index, examples: [ex('a', 'Alpha', { source: { file: 'v2.csv', line: 9 } }), ex('b', 'Bêta changé'), ex('d', 'Delta')], files: ['v2.csv'] });
    expect(second.diff).toEqual({ added: 1, removed: 1, changed: 1, unchanged: 1 });
    const v2 = await docs(index);
    expect(v2.a).toMatchObject({ firstPublished: first.importedAt, lastChanged: first.importedAt });
    expect(v2.b).toMatchObject({ firstPublished: first.importedAt, lastChanged: second.importedAt });
    expect(v2.d).toMatchObject({ firstPublished: second.importedAt, lastChanged: second.importedAt });
    expect(v2.c).toBeUndefined();
  });

  it('sorts « Ajoutés récemment » by firstPublished through the API sort', async () => {
    const index = uniqueIndexName('versions');
    await publishExamples({ ...engine, index, examples: [ex('old', 'Ancien')], files: ['a.csv'] });
    await tick();
    await publishExamples({ ...engine, index, examples: [ex('old', 'Ancien'), ex('new', 'Nouveau')], files: ['b.csv'] });
    const hits = (await client.index(index).search('', { sort: ['firstPublished:desc', 'id:asc'] })).hits.map((h) => h.id);
    expect(hits).toEqual(['new', 'old']);
  });

  it('lists every example of the diff once, by kind', async () => {
    const index = uniqueIndexName('versions');
    await publishExamples({ ...engine, index, examples: [ex('a', 'Alpha'), ex('b', 'Bêta')], files: ['a.csv'] });
    const entries: DiffEntry[] = [];
    await publishExamples({ ...engine, index, examples: [ex('a', 'Alpha 2'), ex('c', 'Gamma')], files: ['b.csv'], onDiffEntry: (e) => void entries.push(e) });
    expect(entries.sort((x, y) => x.id.localeCompare(y.id))).toEqual([
      { kind: 'changed', id: 'a', title: 'Alpha 2' },
      { kind: 'removed', id: 'b', title: 'Bêta' },
      { kind: 'added', id: 'c', title: 'Gamma' },
    ]);
  });

  it('records each publication in the history and keeps the last N replaced versions', async () => {
    const index = uniqueIndexName('versions');
    const versions: string[] = [];
    for (let n = 1; n <= 4; n++) {
      versions.push((await publishExamples({ ...engine, index, examples: [ex('a', `Version ${n}`)], files: [`v${n}.csv`], keep: 2, by: 'cli:test' })).dataVersion);
      await tick();
    }
    const history = await readHistory(client, index);
    expect(history.map((h) => h.dataVersion)).toEqual([...versions].reverse());
    expect(history[0]).toMatchObject({ action: 'import', by: 'cli:test', previousVersion: versions[2], files: ['v4.csv'], documents: 1 });
    expect((await keptVersions(client, index)).sort()).toEqual([versions[1], versions[2]].sort());
  });

  it('rolls back to a kept version in one swap, itself recorded, and the replaced version becomes restorable', async () => {
    const index = uniqueIndexName('versions');
    const v1 = await publishExamples({ ...engine, index, examples: [ex('a', 'Alpha'), ex('b', 'Bêta')], files: ['v1.csv'] });
    const v2 = await publishExamples({ ...engine, index, examples: [ex('a', 'Alpha'), ex('c', 'Gamma')], files: ['v2.csv'] });
    const entry = await restoreVersion(engine, index, v1.dataVersion, { by: 'Camille', keep: 5 });
    expect(entry).toMatchObject({ action: 'rollback', dataVersion: v1.dataVersion, previousVersion: v2.dataVersion, by: 'Camille', diff: { added: 1, removed: 1, changed: 0, unchanged: 1 } });
    expect(Object.keys(await docs(index)).sort()).toEqual(['a', 'b']);
    expect((await datasetOf(client, index))?.dataVersion).toBe(v1.dataVersion);
    expect(await keptVersions(client, index)).toEqual([v2.dataVersion]);
    expect((await readHistory(client, index))[0]).toMatchObject({ action: 'rollback', by: 'Camille' });
    // And back again.
    await restoreVersion(engine, index, v2.dataVersion, { by: 'Camille', keep: 5 });
    expect(Object.keys(await docs(index)).sort()).toEqual(['a', 'c']);
    await expect(restoreVersion(engine, index, 'ffffffffffff', { by: 'Camille', keep: 5 })).rejects.toThrow(/n’est plus conservée/);
  });

  it('stages without touching the live base, and refuses to publish a stage the base moved under', async () => {
    const index = uniqueIndexName('versions');
    const v1 = await publishExamples({ ...engine, index, examples: [ex('a', 'Alpha')], files: ['v1.csv'] });
    const staged = await stageExamples(engine, { index, uid: `${index}__stage_x`, examples: [ex('a', 'Alpha'), ex('b', 'Bêta')], files: ['s.csv'] });
    expect(staged).toMatchObject({ baseVersion: v1.dataVersion, diff: { added: 1, removed: 0, changed: 0, unchanged: 1 } });
    expect(Object.keys(await docs(index))).toEqual(['a']);
    await publishExamples({ ...engine, index, examples: [ex('z', 'Zêta')], files: ['other.csv'] });
    await expect(publishStaged(engine, index, staged, { by: 'Camille', keep: 5 })).rejects.toBeInstanceOf(StaleStageError);
    await discardStaged(engine, staged.uid);
    expect((await client.getRawIndexes({ limit: 1000 })).results.map((i) => i.uid)).not.toContain(staged.uid);
    expect(versionIndexName(index, v1.dataVersion)).toMatch(/__v_[0-9a-f]{12}$/);
  });

  it('fails a stage whose build index the engine could not create, though its documents were sent before the answer', async () => {
    const index = uniqueIndexName('versions');
    await publishExamples({ ...engine, index, examples: [ex('a', 'Alpha')], files: ['v1.csv'] });
    // The build's creation is not waited for before its rows are read and sent: here it fails (the name is taken).
    const uid = `${index}__stage_taken`;
    await client.createIndex(uid, { primaryKey: 'id' }).waitTask();
    const staging = stageExamples(engine, { index, uid, examples: [ex('a', 'Alpha'), ex('b', 'Bêta')], files: ['s.csv'] });
    await expect(staging).rejects.toThrow(/^Création de .*__stage_taken : le moteur a répondu « Index `.*` already exists/);
    expect(Object.keys(await docs(index))).toEqual(['a']);
    expect((await client.getRawIndexes({ limit: 1000 })).results.map((i) => i.uid)).not.toContain(uid);
  });
});
