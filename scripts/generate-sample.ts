// CLI: `npm run generate-sample` rewrites data/; `-- --rows 100000 --out /tmp/bench` writes N rows for benchmarks.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, generateSampleFiles } from './sample/generate.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rows: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' } } });
  const rows = values.rows === undefined ? undefined : Number(values.rows);
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (values.seed !== undefined && !Number.isInteger(seed)) throw new RangeError(`--seed attend un entier, reçu « ${values.seed} »`);
  const outDir = resolve(values.out ?? join(root, 'data'));
  const started = performance.now();
  const files = await generateSampleFiles({ outDir, rows, seed });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  for (const f of files) console.log(`${f.path} : ${f.rows} lignes, ${(f.bytes / 1024).toFixed(0)} Kio`);
  console.log(`${files.reduce((n, f) => n + f.rows, 0)} lignes écrites en ${seconds} s (graine ${seed}).`);
}

main().catch((error: unknown) => {
  console.error(`generate-sample : ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
