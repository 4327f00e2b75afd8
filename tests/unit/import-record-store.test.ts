import { describe, expect, it } from 'vitest';
import { RecordStore } from '#server/import/record-store.js';

describe('RecordStore (documents and per-id texts on disk while a run reads)', () => {
  it('gives back every record as it was put, before and after its buffer went to disk, and records larger than the buffer', () => {
    const store = new RecordStore<{ n: number; text: string; list: string[] }>();
    const records = Array.from({ length: 3_000 }, (_, n) => ({ n, text: `Réseau n°${n} — ’é\u{1F600}\ud800`.repeat(1 + (n % 40)), list: [String(n), ''] }));
    records.push({ n: -1, text: 'x€'.repeat(3 * 1024 * 1024), list: [] }, { n: -2, text: 'après', list: ['a'] });
    const refs = records.map((r) => store.put(r));
    // Read in another order than written: the last ones still in the buffer, the first ones from the file.
    for (const i of [3_001, 3_000, 2_999, 0, 1_500, 1]) expect(store.get(refs[i]!)).toEqual(records[i]);
    expect(refs.every((ref, i) => i === 0 || ref.offset === refs[i - 1]!.offset + refs[i - 1]!.length)).toBe(true);
    store.close();
  });
});
