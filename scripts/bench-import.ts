import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Meilisearch } from 'meilisearch';
import type { Example } from '../domain/example.js';
import { dedupe } from '../domain/normalise/dedupe.js';
import { toIndexDocument } from '../server/engine/documents.js';
import { startEmbeddedEngine } from '../server/engine/embedded.js';
import { INDEX_SETTINGS } from '../server/engine/index-settings.js';
import { expandPaths } from '../server/import/files.js';
import { readExportFile } from '../server/import/read-file.js';
import { runImport } from '../server/import/run-import.js';

// `npm run bench:import [-- --sizes 10000,100000]`: normalisation alone, end-to-end import, and the
// engine's own time for the same documents, on generated CSV exports. Prints a table.
const sizesArg = process.argv.indexOf('--sizes');
const SIZES = (sizesArg > 0 ? process.argv[sizesArg + 1]! : '10000,100000').split(',').map(Number);

const REGIONS = ['Bretagne', 'AURA', 'Île-de-France', 'Occitanie', 'PACA', 'Hauts-de-France', 'Grand Est', 'Normandie', 'Corse', 'La Réunion'];
const DEPTS = ['Ille-et-Vilaine (35)', '69', '75', '31', '13', '59', '67', '14', '2A', '974'];
const TYPES = ['Associations', 'Entreprises', 'Collectivité', 'Fondations', 'État', 'Université', 'Citoyens'];
const THEMES = ['Éducation', 'Emploi', 'Santé', 'Environnement', 'Alimentation', 'Culture', 'Sport', 'Numérique', 'Mobilité', 'Logement'];
const WORDS = 'jardin partagé insertion quartier jeunes mécénat compétences solidarité territoire numérique réemploi énergie école santé mobilité'.split(' ');

/** A deterministic Sindup-style export of `rows` rows: `;`, BOM, HTML in text, multi-valued cells. */
function generateCsv(path: string, rows: number): void {
  const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;
  const words = (i: number, n: number) => Array.from({ length: n }, (_, k) => pick(WORDS, i * 7 + k * 3)).join(' ');
  const header = 'ID;Titre;Résumé;Description;Porteur;Type de porteur;Partenaires;Région;Département;ODD;Thématiques;Mode de partenariat;Année de lancement;Statut;Site web;Date de mise à jour';
  const lines = [header];
  for (let i = 0; i < rows; i++) {
    lines.push(
      [
        `BENCH-${i}`, `Projet ${words(i, 4)} n°${i}`, `"<p>${words(i + 1, 25)}&nbsp;!</p>"`, `"<p>${words(i + 2, 120)}</p>\n<p>${words(i + 3, 60)}</p>"`,
        `Association ${words(i, 2)}`, pick(TYPES, i), `"Fondation ${pick(WORDS, i)} (fondation) | Ville de ${pick(WORDS, i + 1)} (collectivité)"`,
        pick(REGIONS, i), pick(DEPTS, i), `"ODD ${(i % 17) + 1}; ${((i + 5) % 17) + 1}"`, `${pick(THEMES, i)}, ${pick(THEMES, i + 3)}`,
        'Mécénat', `01/09/${2000 + (i % 25)}`, i % 2 ? 'En cours' : 'Terminé', `www.projet-${i}.example.org`, `15/03/2024`,
      ].join(';'),
    );
  }
  writeFileSync(path, `\ufeff${lines.join('\r\n')}\r\n`);
}

async function examplesOf(path: string): Promise<Example[]> {
  const read: Example[] = [];
  for (const file of await expandPaths([path])) for await (const e of readExportFile(file, () => {})) if (e.kind === 'example') read.push(e.example);
  return dedupe(read).examples;
}

/** The engine alone: create the index with the same settings, add the same documents in the same batches, wait. */
async function engineOnly(client: Meilisearch, uid: string, examples: Example[]): Promise<number> {
  const start = performance.now();
  await client.createIndex(uid, { primaryKey: 'id' }).waitTask();
  await client.index(uid).updateSettings(INDEX_SETTINGS).waitTask({ timeout: 600_000 });
  const tasks = [];
  for (let i = 0; i < examples.length; i += 5_000) {
    const task = client.index(uid).addDocuments(examples.slice(i, i + 5_000).map(toIndexDocument));
    await task;
    tasks.push(task);
  }
  for (const task of tasks) if ((await task.waitTask({ timeout: 1_800_000, interval: 50 })).status !== 'succeeded') throw new Error('échec');
  return performance.now() - start;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const dir = mkdtempSync(join(tmpdir(), 'odd17-bench-'));
const engine = await startEmbeddedEngine({ dataDir: join(dir, 'meili') });
const client = new Meilisearch({ host: engine.url, apiKey: engine.masterKey });
const table: Record<string, string>[] = [];
try {
  for (const rows of SIZES) {
    const csv = join(dir, `bench-${rows}.csv`);
    generateCsv(csv, rows);
    const t0 = performance.now();
    await runImport({ paths: [csv], index: 'unused', dryRun: true });
    const dry = performance.now() - t0;
    const t1 = performance.now();
    await runImport({ paths: [csv], engine, index: `bench_${rows}`, dryRun: false });
    const full = performance.now() - t1;
    const direct = await engineOnly(client, `direct_${rows}`, await examplesOf(csv));
    table.push({
      lignes: rows.toLocaleString('fr-FR'),
      'normalisation (dry-run)': seconds(dry),
      'lignes/s': Math.round(rows / (dry / 1000)).toLocaleString('fr-FR'),
      'import complet': seconds(full),
      'moteur seul': seconds(direct),
      surcoût: `${seconds(full - direct)} (${Math.round(((full - direct) / direct) * 100)} %)`,
    });
    await client.deleteIndex(`bench_${rows}`).waitTask();
    await client.deleteIndex(`bench_${rows}-meta`).waitTask();
    await client.deleteIndex(`direct_${rows}`).waitTask();
  }
  console.table(table);
} finally {
  await engine.stop();
  rmSync(dir, { recursive: true, force: true });
}
