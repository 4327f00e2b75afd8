import { describe, expect, it } from 'vitest';
import type { Example } from '#domain/example.js';
import { rowToExample, type RowCells } from '#domain/normalise/row.js';
import { Collector } from '#server/import/collector.js';

const row = (cells: RowCells, line: number, file = 'a.csv') => {
  const r = rowToExample(cells, { file, line });
  if (!r.ok) throw new Error(r.reason);
  return r;
};

/** Feeds rows to a collector that keeps documents, and gives its final documents and outcome. */
async function collect(rows: ReturnType<typeof row>[]): Promise<{ examples: Example[]; collector: Collector }> {
  const collector = new Collector(true);
  for (const r of rows) collector.offer(r);
  collector.finish();
  const examples: Example[] = [];
  for await (const e of collector.examples()) examples.push(e);
  collector.close();
  return { examples, collector };
}

describe('Collector (data-format.md §4)', async () => {
  it('keeps the most recently updated of rows that agree, and counts the other as a duplicate', async () => {
    const { examples, collector } = await collect([row({ id: 'x', title: 'T', regions: 'Bretagne', updatedAt: '01/01/2024' }, 2), row({ id: 'x', title: 'T', regions: 'Bretagne', updatedAt: '01/01/2023' }, 3)]);
    expect(examples.map((e) => e.source.line)).toEqual([2]);
    expect(collector.outcome()).toEqual({ duplicates: [{ id: 'x', kept: { file: 'a.csv', line: 2 }, dropped: { file: 'a.csv', line: 3 } }], merges: [] });
  });
  it('keeps the later row (file, then line) when the dates are equal or absent, and prefers a dated row', async () => {
    expect((await collect([row({ id: 'x', title: 'T' }, 2), row({ id: 'x', title: 'T' }, 3)])).examples[0]!.source.line).toBe(3);
    expect((await collect([row({ id: 'x', title: 'T', updatedAt: '2024-01-01' }, 9, 'a.csv'), row({ id: 'x', title: 'T', updatedAt: '2024-01-01' }, 2, 'b.csv')])).examples[0]!.source.file).toBe('b.csv');
    expect((await collect([row({ id: 'x', title: 'T', updatedAt: '2020-01-01' }, 2), row({ id: 'x', title: 'T' }, 3)])).examples[0]!.source.line).toBe(2);
  });
  it('lists every dropped row against the row finally kept, and keeps first-appearance order', async () => {
    const { examples, collector } = await collect([row({ id: 'x', title: 'T' }, 2), row({ id: 'y', title: 'U' }, 3), row({ id: 'x', title: 'T' }, 4), row({ id: 'x', title: 'T', updatedAt: '2024-01-01' }, 5)]);
    expect(examples.map((e) => e.source.line)).toEqual([5, 3]);
    expect(collector.outcome().duplicates.map((d) => [d.dropped.line, d.kept.line])).toEqual([[2, 5], [4, 5]]);
  });
  it('merges rows that complete each other: empty fields filled, multi-valued fields united, counted as merged', async () => {
    const { examples, collector } = await collect([
      row({ id: 'p', title: 'Projet', regions: 'Bretagne', departments: '35', themes: 'Santé' }, 2),
      row({ id: 'p', title: 'Projet', themes: 'Sport', description: 'Coordonnées : 48.1, -1.6' }, 3),
    ]);
    expect(examples).toHaveLength(1);
    // Neither is dated: the fuller row (the one with the place) is the base.
    expect(examples[0]).toMatchObject({ id: 'p', regions: ['bretagne'], departments: ['35'], themes: ['sante', 'sport'], description: 'Coordonnées : 48.1, -1.6', source: { line: 2 } });
    expect(collector.outcome().merges).toEqual([{ id: 'p', kept: { file: 'a.csv', line: 2 }, merged: { file: 'a.csv', line: 3 }, fields: ['description'] }]);
  });
  it('counts a project’s coordinates-only rows as duplicates of its row with the place, whichever comes first', async () => {
    const { examples, collector } = await collect([row({ title: 'Forêt urbaine', lead: 'Ville de Metz', regions: 'Grand Est' }, 2), row({ title: 'Forêt urbaine' }, 3), row({ title: 'Forêt urbaine' }, 4)]);
    expect(examples).toEqual([expect.objectContaining({ regions: ['grand-est'], source: { file: 'a.csv', line: 2 } })]);
    expect(collector.outcome().duplicates.map((d) => [d.kept.line, d.dropped.line])).toEqual([[2, 3], [2, 4]]);
  });
  it('never merges rows of one id that say another title or lead: a conflict, both lines listed, the most recent kept', async () => {
    const { examples, collector } = await collect([
      row({ id: 'C1', title: 'Jardin partagé', lead: 'Association A', updatedAt: '2024-01-01' }, 2),
      row({ id: 'C1', title: 'Jardin partagé', lead: 'Association B', updatedAt: '2023-01-01' }, 3),
      row({ id: 'C2', title: 'Repair café', updatedAt: '2022-01-01' }, 4),
      row({ id: 'C2', title: 'Vélo-école', updatedAt: '2023-01-01' }, 5),
    ]);
    expect(examples.map((e) => [e.id, e.source.line])).toEqual([['C1', 2], ['C2', 5]]);
    expect(collector.conflicts.map((c) => [c.id, c.kind, c.kept.line, c.other.line])).toEqual([['C1', 'lead', 2, 3], ['C2', 'title', 5, 4]]);
    expect(collector.conflicts[0]).toMatchObject({ kept: { title: 'Jardin partagé', lead: 'Association A' }, other: { lead: 'Association B' } });
  });
  it('keeps two projects of one title and different leads apart (derived ids differ)', async () => {
    const { examples } = await collect([row({ title: 'Jardin partagé', lead: 'Association A', regions: 'Bretagne' }, 2), row({ title: 'Jardin partagé', lead: 'Association B', regions: 'Bretagne' }, 3)]);
    expect(examples).toHaveLength(2);
  });
  it('merges a row without region into the one example of its title and lead that has one, whichever comes first', async () => {
    const { examples, collector } = await collect([
      row({ title: 'Tiers-lieu', lead: 'Asso T', themes: 'Numérique' }, 2),
      row({ title: 'Tiers-lieu', lead: 'Asso T', regions: 'Occitanie', departments: '31' }, 3),
      row({ title: 'Tiers-lieu' }, 4),
    ]);
    expect(examples).toHaveLength(1);
    expect(examples[0]).toMatchObject({ regions: ['occitanie'], departments: ['31'], themes: ['numerique'], lead: { name: 'Asso T' } });
    expect(examples[0]!.id).toBe(row({ title: 'Tiers-lieu', lead: 'Asso T', regions: 'Occitanie' }, 9).example.id);
    expect(collector.outcome().merges.length + collector.outcome().duplicates.length).toBe(2);
  });
  it('keeps apart, and lists as ambiguous, a row without region that could complete two examples of its title', async () => {
    const { examples, collector } = await collect([row({ title: 'Repair café', regions: 'Bretagne' }, 2), row({ title: 'Repair café', regions: 'Corse' }, 3), row({ title: 'Repair café' }, 4)]);
    expect(examples).toHaveLength(3);
    expect(collector.conflicts).toEqual([expect.objectContaining({ kind: 'ambiguous', kept: expect.objectContaining({ line: 4 }) })]);
  });
});
