import { describe, expect, it } from 'vitest';
import type { IndexDocument } from '#server/engine/documents.js';
import { VersionHash } from '#server/publish/content-hash.js';
import type { DiffEntry } from '#server/publish/diff-indexes.js';
import { DiffTally } from '#server/publish/diff-tally.js';

const doc = (id: string, contentHash: string) => ({ id, title: `Titre ${id}`, contentHash }) as IndexDocument;
const live = new Map([['b', { id: 'b', contentHash: 'hb' }], ['c', { id: 'c', contentHash: 'old' }]]);

describe('DiffTally (the diff counted from the documents sent)', () => {
  it('counts each id once, as the last document sent for it says, in the counts and the data version', async () => {
    const seen: DiffEntry[] = [];
    const tally = new DiffTally((e) => void seen.push(e));
    await tally.add([doc('a', 'h1'), doc('b', 'hb'), doc('c', 'new')], live);
    // A later row changed « c » back to what is live, and « a » again: the engine keeps the last of each.
    await tally.add([doc('c', 'old'), doc('a', 'h2')], live);
    const expected = new VersionHash();
    for (const [id, hash] of [['a', 'h2'], ['b', 'hb'], ['c', 'old']] as const) expected.add(id, hash);
    expect(tally.result()).toEqual({ counts: { added: 1, changed: 0, unchanged: 2, removed: 0 }, dataVersion: expected.digest(), documents: 3 });
    // Every sending is seen, the last of an id being the one that counts.
    expect(seen.map((e) => `${e.id}:${e.kind}`)).toEqual(['a:added', 'b:unchanged', 'c:changed', 'c:unchanged', 'a:added']);
  });
  it('gives the same data version as the same set sent once, in another order', async () => {
    const once = new DiffTally();
    await once.add([doc('y', '2'), doc('x', '1')], new Map());
    const twice = new DiffTally();
    await twice.add([doc('x', '0'), doc('y', '2')], new Map());
    await twice.add([doc('x', '1')], new Map());
    expect(twice.result().dataVersion).toBe(once.result().dataVersion);
  });
});
