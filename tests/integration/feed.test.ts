import { parseFeed } from '@rowanmanning/feed-parser';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishExamples } from '#server/import/publish.js';
import { atomProblems } from '../support/atom-rules.js';
import { testEngine } from '../support/engine.js';
import { appWith, type AppUnderTest } from '../fixtures/api/app-under-test.js';
import { fixtureExamples, generatedExamples, makeExample } from '../fixtures/api/fixture-examples.js';

// A feed reader subscribed to a search: the feed parses, is valid Atom, and shows that search's newest examples first.
let t: AppUnderTest;
let many: AppUnderTest;
const SITE = 'https://odd17.example.org';
const XSS = '<img src=x onerror=alert(1)> & co';

beforeAll(async () => {
  [t, many] = await Promise.all([appWith(fixtureExamples(), { publicUrl: SITE }), appWith(generatedExamples(60))]);
  // A second publication: one new Breton example, one changed, one whose title is HTML-like text.
  const next = fixtureExamples().map((e) => (e.id === 'bzh-env' ? { ...e, summary: 'Potagers et compost en pied d’immeuble.' } : e));
  next.push(makeExample({ id: 'bzh-new', title: XSS, summary: 'Nouveau à Quimper.', regions: ['bretagne'], sdgs: [11], themes: ['environnement'] }));
  await publishExamples({ ...testEngine(), index: t.index, examples: next, files: ['deuxieme.csv'] });
});
afterAll(() => {
  t.close();
  many.close();
});

const feedOf = async (app: AppUnderTest, query: string) => {
  const res = await request(app.app).get(`/api/feed?${query}`).expect(200);
  expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
  return { xml: res.text, feed: parseFeed(res.text) };
};

describe('GET /api/feed', () => {
  it('gives a valid Atom feed of the search, newest first (added, then changed), with pages, categories and stable ids', async () => {
    const { feed } = await feedOf(t, 'region=bretagne');
    expect(atomProblems(feed)).toEqual([]);
    expect(feed.title).toBe('ODD 17 en pratiques — exemples de partenariats — Région : Bretagne');
    expect(feed.items.map((i) => i.url)).toEqual([`${SITE}/exemples/bzh-new`, `${SITE}/exemples/bzh-env`, `${SITE}/exemples/bzh-edu`]);
    const [added, changed, same] = feed.items;
    expect(added!.title).toBe(XSS);
    expect(added!.id).toBe('tag:odd17.example.org,2026:exemple/bzh-new');
    expect(changed!.description).toBe('Potagers et compost en pied d’immeuble.');
    expect(changed!.updated!.getTime()).toBeGreaterThan(same!.updated!.getTime());
    expect(changed!.published!.getTime()).toBe(same!.published!.getTime());
    expect(same!.categories.map((c) => [c.term, c.label])).toEqual([
      ['bretagne', 'Bretagne'],
      ['4', 'ODD 4 – Éducation de qualité'],
      ['17', 'ODD 17 – Partenariats pour la réalisation des objectifs'],
      ['education', 'Éducation'],
    ]);
    expect(same!.categories[0]!.url).toBe(`${SITE}/api/taxonomy#region`);
  });

  it('never lets a title become markup in the XML', async () => {
    const { xml } = await feedOf(t, 'region=bretagne');
    expect(xml).not.toContain('<img');
    expect(xml).toContain('<title type="html"><![CDATA[&lt;img src=x onerror=alert(1)&gt; &amp; co]]></title>');
  });

  it('links the feed to itself and to the search page, in English on request', async () => {
    const { feed } = await feedOf(t, 'sdg=4&lang=en');
    expect(atomProblems(feed)).toEqual([]);
    expect(feed.self).toBe(`${SITE}/api/feed?sdg=4&lang=en`);
    expect(feed.url).toBe(`${SITE}/?sdg=4&lang=en`);
    expect(feed.title).toBe('SDG 17 in practice — partnership examples — SDG: SDG 4 – Quality education');
    expect(feed.items.every((i) => i.url!.endsWith('?lang=en'))).toBe(true);
  });

  it('feeds the whole base, at most 50 entries, and says what was wrong with a bad filter', async () => {
    const { feed } = await feedOf(many, '');
    expect(atomProblems(feed)).toEqual([]);
    expect(feed.items).toHaveLength(50);
    expect(feed.title).toMatch(/toute la base$/);
    const res = await request(many.app).get('/api/feed?region=atlantide').expect(400);
    expect(res.body.error.details[0]).toMatchObject({ param: 'region', value: 'atlantide' });
  });

  it('catches an invalid feed (the rules can fail)', () => {
    const broken = parseFeed('<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title><entry><title>a</title><id>pas une iri</id><updated>hier</updated></entry></feed>');
    expect(atomProblems(broken)).toEqual(expect.arrayContaining([expect.stringMatching(/^feed: 0 atom:id/), expect.stringMatching(/entry 1: id .* absolute IRI/), expect.stringMatching(/RFC 3339/), expect.stringMatching(/no author/)]));
  });
});
