// Writes the sample exports: the committed, deliberately messy sample, or N clean rows for benchmarks.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { bulkCounts, bulkLines, DIALECTS } from './bulk-sample.js';
import { planCommittedSample } from './committed-sample.js';
import { createRng } from './prng.js';
import { writeCsvFile } from './write-csv.js';

export const DEFAULT_SEED = 17_2030;

export interface GenerateSampleOptions {
  readonly outDir: string;
  /** Absent: the committed sample with its deliberate mess. Present: that many clean generated rows. */
  readonly rows?: number;
  readonly seed?: number;
}

export interface WrittenFile {
  readonly file: string;
  readonly path: string;
  /** Data lines written, header excluded (empty lines and rejects included). */
  readonly rows: number;
  readonly bytes: number;
}

export async function generateSampleFiles(options: GenerateSampleOptions): Promise<WrittenFile[]> {
  const seed = options.seed ?? DEFAULT_SEED;
  await mkdir(options.outDir, { recursive: true });
  const written: WrittenFile[] = [];
  if (options.rows === undefined) {
    for (const { dialect, lines } of planCommittedSample(seed)) {
      const path = join(options.outDir, dialect.file);
      written.push({ file: dialect.file, path, ...(await writeCsvFile(path, dialect, lines)) });
    }
    return written;
  }
  if (!Number.isInteger(options.rows) || options.rows < 1) throw new RangeError(`--rows attend un entier positif, reçu ${options.rows}`);
  const rng = createRng(seed);
  const taken = new Set<string>();
  const counts = bulkCounts(options.rows);
  let first = 0;
  for (const [i, dialect] of DIALECTS.entries()) {
    const path = join(options.outDir, dialect.file);
    written.push({ file: dialect.file, path, ...(await writeCsvFile(path, dialect, bulkLines(rng, dialect, counts[i]!, first, taken))) });
    first += counts[i]!;
  }
  return written;
}
