// Bulk mode: N clean rows spread over the three dialects, generated lazily so 100k rows stream in little memory.
import { ANCIEN } from './dialect-ancien.js';
import { PLATEFORME } from './dialect-plateforme.js';
import { TABLEUR } from './dialect-tableur.js';
import { toRow, type Dialect } from './dialect.js';
import { buildExample } from './build-example.js';
import type { Rng } from './prng.js';
import { THEME_BANKS } from './theme-banks.js';
import type { Line } from './write-csv.js';

export const DIALECTS: readonly Dialect[] = [PLATEFORME, TABLEUR, ANCIEN];

/** How many of `total` rows each dialect gets; the last one takes the rounding remainder. */
export function bulkCounts(total: number): number[] {
  const counts = DIALECTS.map((d) => Math.floor(total * d.share));
  counts[counts.length - 1]! += total - counts.reduce((a, b) => a + b, 0);
  return counts;
}

/** Every row valid and distinct (ids `GEN-…`), so an import of N rows should keep N examples. */
export function* bulkLines(rng: Rng, dialect: Dialect, count: number, firstIndex: number, taken: Set<string>): Generator<Line> {
  for (let i = 0; i < count; i++) {
    const index = firstIndex + i;
    const example = buildExample(rng, THEME_BANKS[index % THEME_BANKS.length]!, `GEN-${String(index + 1).padStart(6, '0')}`, dialect.era, taken);
    yield toRow(dialect, dialect.render(example, rng));
  }
}
