import { adminClient } from '#server/publish/engine-admin.js';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngineClient, type EngineClient } from '#server/engine-client/engine-client.js';
import { anyOf, equals } from '#server/search/filter.js';
import { multiSearch } from '#server/engine-client/multi-search.js';
import { appWith, type AppUnderTest } from '../fixtures/api/app-under-test.js';
import { fixtureExamples } from '../fixtures/api/fixture-examples.js';
import { testEngine, uniqueIndexName } from '../support/engine.js';

// Values that would change a naively pasted filter's meaning.
const HOSTILE = ['a"b', 'back\\slash', 'trail\\', '" OR regions = "normandie', 'x\\" OR regions = "bretagne', 'bretagne OR normandie', 'NOT bretagne', "o'brien"];

let raw: EngineClient;
let index: string;
let t: AppUnderTest;

beforeAll(async () => {
  const { url, masterKey } = testEngine();
  index = uniqueIndexName('escape');
  const admin = adminClient({ url: url, masterKey: masterKey });
  await admin.createIndex(index, { primaryKey: 'id' }).waitTask();
  await admin.index(index).updateFilterableAttributes(['regions', 'id']).waitTask();
  const docs = [...HOSTILE.map((value, i) => ({ id: `h${i}`, regions: [value] })), { id: 'n', regions: ['normandie'] }, { id: 'b', regions: ['bretagne'] }];
  await admin.index(index).addDocuments(docs).waitTask();
  raw = createEngineClient({ url, key: masterKey });
  t = await appWith(fixtureExamples());
});
afterAll(() => {
  raw.close();
  t.close();
});

const idsFor = async (filter: string) => {
  const [result] = await multiSearch<{ id: string }>(raw, [{ indexUid: index, q: '', filter, limit: 50 }]);
  return result!.hits.map((h) => h.id).sort();
};

describe('buildFilter › escaping against the real engine', () => {
  it.each(HOSTILE.map((value, i) => [value, `h${i}`]))('matches exactly the document whose value is %j, nothing more', async (value, id) => {
    expect(await idsFor(anyOf('regions', [value]))).toEqual([id]);
    expect(await idsFor(equals('regions', value))).toEqual([id]);
  });

  it('keeps several hostile values as separate literals OR-ed together', async () => {
    expect(await idsFor(anyOf('regions', ['" OR regions = "normandie', 'bretagne']))).toEqual(['b', 'h3']);
  });
});

describe('API › hostile values never reach the engine as filters', () => {
  it.each(['bretagne" OR regions = "normandie', 'bretagne\\', 'bretagne OR normandie'])('answers 400 for region=%j', async (value) => {
    const res = await request(t.app).get('/api/search').query({ region: value }).expect(400);
    expect(res.body.error.details[0]).toMatchObject({ param: 'region', value });
  });

  it('treats quotes and boolean words in q as text to search, not syntax', async () => {
    const res = await request(t.app).get('/api/search').query({ q: '"entre guillemets" OR \\' }).expect(200);
    expect(res.body.hits.map((h: { id: string }) => h.id)).toContain('quote-test');
  });
});
