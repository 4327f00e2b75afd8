import type { Meilisearch } from 'meilisearch';
import { adminClient } from '#server/publish/engine-admin.js';
import { describe, expect, it } from 'vitest';
import type { Example } from '#domain/example.js';
import { historyIndexName, metaIndexName, versionIndexName } from '#server/publish/index-names.js';
import { cleanLeftovers, publishExamples, readDatasetInfo } from '#server/import/publish.js';
import { testEngine, uniqueIndexName } from '../support/engine.js';

const example = (id: string, title: string): Example => ({
  id, title, summary: '', description: '', results: '', partners: [], actorTypes: ['association'],
  regions: ['bretagne'], departments: ['35'], sdgs: [17], themes: [], audiences: [], unmapped: [], source: { file: 'a.csv', line: 2 },
});

async function uids(client: Meilisearch): Promise<string[]> {
  return (await client.getRawIndexes({ limit: 1000 })).results.map((i) => i.uid);
}

describe('publishExamples', () => {
  const engine = testEngine();
  const client = adminClient({ url: engine.url, masterKey: engine.masterKey });

  it('creates the live and meta indexes on the first import, with DatasetInfo', async () => {
    const index = uniqueIndexName('publish');
    const { history, ...info } = await publishExamples({ ...engine, index, examples: [example('a', 'Alpha'), example('b', 'Bêta')], files: ['a.csv'] });
    expect(info).toMatchObject({ id: 'dataset', documents: 2, files: ['a.csv'], diff: { added: 2, removed: 0, changed: 0, unchanged: 0 } });
    expect(info.dataVersion).toMatch(/^[0-9a-f]{12}$/);
    expect(history).toMatchObject({ action: 'import', dataVersion: info.dataVersion, previousVersion: null, by: 'cli', documents: 2 });
    expect((await client.index(index).getStats()).numberOfDocuments).toBe(2);
    expect(await readDatasetInfo({ ...engine, index })).toEqual(info);
    const settings = await client.index(index).getSettings();
    expect(settings.filterableAttributes).toContain('regions');
    expect((await uids(client)).filter((u) => u.startsWith(index)).sort()).toEqual([index, historyIndexName(index), metaIndexName(index)].sort());
  });

  it('replaces the previous data entirely on a re-import and keeps the same dataVersion for the same content', async () => {
    const index = uniqueIndexName('publish');
    const first = await publishExamples({ ...engine, index, examples: [example('a', 'Alpha'), example('b', 'Bêta')], files: ['a.csv'] });
    const again = await publishExamples({ ...engine, index, examples: [example('a', 'Alpha'), example('b', 'Bêta')], files: ['a.csv'] });
    expect(again.dataVersion).toBe(first.dataVersion);
    const next = await publishExamples({ ...engine, index, examples: [example('c', 'Gamma')], files: ['b.csv'] });
    expect(next.dataVersion).not.toBe(first.dataVersion);
    const docs = await client.index(index).getDocuments({ limit: 10 });
    expect(docs.results.map((d) => d.id)).toEqual(['c']);
    // The replaced version is kept for rollback (the same content published twice is kept once).
    const kept = versionIndexName(index, first.dataVersion);
    expect((await uids(client)).filter((u) => u.startsWith(index)).sort()).toEqual([index, historyIndexName(index), metaIndexName(index), kept, metaIndexName(kept)].sort());
  });

  it('fails with the engine message and leaves the live index untouched when a document is refused', async () => {
    const index = uniqueIndexName('publish');
    await publishExamples({ ...engine, index, examples: [example('a', 'Alpha')], files: ['a.csv'] });
    const bad = { ...example('b', 'Bad'), id: 'not valid!' } as Example;
    await expect(publishExamples({ ...engine, index, examples: [bad], files: ['b.csv'] })).rejects.toThrow(/moteur a répondu/);
    const docs = await client.index(index).getDocuments({ limit: 10 });
    expect(docs.results.map((d) => d.id)).toEqual(['a']);
    expect((await readDatasetInfo({ ...engine, index }))?.files).toEqual(['a.csv']);
  });

  it('cleanLeftovers deletes build indexes left by an interrupted run and nothing else', async () => {
    const index = uniqueIndexName('publish');
    await publishExamples({ ...engine, index, examples: [example('a', 'Alpha')], files: ['a.csv'] });
    await client.createIndex(`${index}__build_1`).waitTask();
    await client.createIndex(`${index}__build_1-meta`).waitTask();
    await client.createIndex(`${index}__stage_1`).waitTask();
    expect((await cleanLeftovers({ ...engine, index })).sort()).toEqual([`${index}__build_1`, `${index}__build_1-meta`]);
    expect((await uids(client)).filter((u) => u.startsWith(index)).sort()).toEqual([index, historyIndexName(index), metaIndexName(index), `${index}__stage_1`].sort());
  });
});
