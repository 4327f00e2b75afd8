import { describe, expect, it } from 'vitest';
import { makeExample } from '../fixtures/api/fixture-examples.js';
import { contentHash, VersionHash } from '#server/publish/content-hash.js';

describe('contentHash', () => {
  const example = makeExample({ id: 'a', title: 'Alpha', regions: ['bretagne'], lead: { name: 'Asso', type: 'association' } });

  it('is the same whatever order the keys come in (a document read back from the engine)', () => {
    const reordered = Object.fromEntries(Object.entries(example).reverse()) as typeof example;
    reordered.lead = { type: 'association', name: 'Asso' };
    expect(contentHash(reordered)).toBe(contentHash(example));
  });

  it('ignores where the row came from and when it was published, not what it says', () => {
    expect(contentHash({ ...example, source: { file: 'b.csv', line: 9 }, firstPublished: '2026-01-01T00:00:00.000Z' })).toBe(contentHash(example));
    expect(contentHash({ ...example, title: 'Alpha 2' })).not.toBe(contentHash(example));
  });
});

describe('VersionHash', () => {
  it('gives the same version for the same pairs in any order, another for another set', () => {
    const a = new VersionHash();
    const b = new VersionHash();
    const c = new VersionHash();
    for (const [id, h] of [['x', '1'], ['y', '2'], ['z', '3']]) a.add(id!, h!);
    for (const [id, h] of [['z', '3'], ['x', '1'], ['y', '2']]) b.add(id!, h!);
    for (const [id, h] of [['x', '1'], ['y', '2'], ['z', '4']]) c.add(id!, h!);
    expect(a.digest()).toBe(b.digest());
    expect(c.digest()).not.toBe(a.digest());
  });
});
