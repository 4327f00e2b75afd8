import type { Example } from '../example.js';

export interface Duplicate {
  id: string;
  kept: Example['source'];
  dropped: Example['source'];
}

/** True when `b` should replace `a`: more recently updated, or as recent and later in the input. */
function supersedes(b: Example, a: Example): boolean {
  return (b.updatedAt ?? '') >= (a.updatedAt ?? '');
}

/**
 * One example per id, in input order (files, then lines): the most recently updated row wins,
 * then the later one. Every dropped row is listed with the row finally kept.
 */
export function dedupe(examples: Iterable<Example>): { examples: Example[]; duplicates: Duplicate[] } {
  const byId = new Map<string, Example>();
  const dropped: Example[] = [];
  for (const example of examples) {
    const current = byId.get(example.id);
    if (!current) {
      byId.set(example.id, example);
    } else if (supersedes(example, current)) {
      // The later winner takes the earlier one's place: output order follows first appearance.
      byId.set(example.id, example);
      dropped.push(current);
    } else dropped.push(example);
  }
  const duplicates = dropped.map((d) => ({ id: d.id, kept: byId.get(d.id)!.source, dropped: d.source }));
  return { examples: [...byId.values()], duplicates };
}
