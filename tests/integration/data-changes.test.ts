import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishExamples } from '#server/import/publish.js';
import { testEngine } from '../support/engine.js';
import { appWith, type AppUnderTest } from '../fixtures/api/app-under-test.js';
import { fixtureExamples, makeExample } from '../fixtures/api/fixture-examples.js';

// A link made on one data version, opened after another publication: what changed in its search's set since.
let t: AppUnderTest;
let first: string;
let second: string;

beforeAll(async () => {
  t = await appWith(fixtureExamples(), { admin: testEngine() });
  first = (await request(t.app).get('/api/changes').expect(200)).body.dataVersion;
  const next = fixtureExamples().map((e) => (e.id === 'bzh-env' || e.id === 'nor-edu' ? { ...e, summary: `${e.summary} (mis à jour)` } : e));
  next.push(makeExample({ id: 'bzh-new', title: 'Nouveau à Quimper', regions: ['bretagne'], sdgs: [4] }), makeExample({ id: 'occ-new', title: 'Nouveau à Albi', regions: ['occitanie'] }));
  second = (await publishExamples({ ...testEngine(), index: t.index, examples: next, files: ['deuxieme.csv'] })).dataVersion;
});
afterAll(() => t.close());

describe('GET /api/changes', () => {
  it('says the live data version and when it went live', async () => {
    const res = await request(t.app).get('/api/changes').expect(200);
    expect(res.body).toEqual({ dataVersion: second, publishedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    expect(second).not.toBe(first);
  });

  it('counts the examples of the search added and changed since a link’s version', async () => {
    const all = await request(t.app).get(`/api/changes?since=${first}`).expect(200);
    expect(all.body.since).toMatchObject({ dataVersion: first, added: 2, changed: 2 });
    const breton = await request(t.app).get(`/api/changes?since=${first}&region=bretagne`).expect(200);
    expect(breton.body.since).toMatchObject({ added: 1, changed: 1 });
    const education = await request(t.app).get(`/api/changes?since=${first}&sdg=4&q=lycéens`).expect(200);
    expect(education.body.since).toMatchObject({ added: 0, changed: 1 });
  });

  it('answers nothing changed for the live version, and unknown counts for a version the history does not know', async () => {
    expect((await request(t.app).get(`/api/changes?since=${second}`).expect(200)).body.since).toEqual({ dataVersion: second, publishedAt: expect.any(String), added: 0, changed: 0 });
    expect((await request(t.app).get('/api/changes?since=0123456789ab').expect(200)).body.since).toEqual({ dataVersion: '0123456789ab', publishedAt: null, added: null, changed: null });
  });

  it('refuses a malformed version, naming the param', async () => {
    const res = await request(t.app).get('/api/changes?since=../../keys').expect(400);
    expect(res.body.error.details[0]).toMatchObject({ param: 'since', value: '../../keys' });
  });
});
