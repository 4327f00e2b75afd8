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
 * One example per id, fed in input order (files, then lines): the most recently updated row wins,
 * then the later one. Works as rows stream in, so winners can be sent on before the input ends.
 */
export class Deduper {
  private readonly byId = new Map<string, Example>();
  private readonly dropped: Example[] = [];

  /** Takes a row; true when it is (for now) the one kept for its id. */
  offer(example: Example): boolean {
    const current = this.byId.get(example.id);
    if (current && !supersedes(example, current)) {
      this.dropped.push(example);
      return false;
    }
    if (current) this.dropped.push(current);
    // Map.set on an existing key keeps its place: output order follows first appearance.
    this.byId.set(example.id, example);
    return true;
  }

  examples(): Example[] {
    return [...this.byId.values()];
  }

  /** Every dropped row, against the row finally kept. */
  duplicates(): Duplicate[] {
    return this.dropped.map((d) => ({ id: d.id, kept: this.byId.get(d.id)!.source, dropped: d.source }));
  }
}

export function dedupe(examples: Iterable<Example>): { examples: Example[]; duplicates: Duplicate[] } {
  const deduper = new Deduper();
  for (const example of examples) deduper.offer(example);
  return { examples: deduper.examples(), duplicates: deduper.duplicates() };
}
