import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminClient } from '#server/publish/engine-admin.js';
import { describe, expect, it } from 'vitest';
import type { Example } from '#domain/example.js';
import { rowToExample } from '#domain/normalise/row.js';
import { publishExamples, readDatasetInfo } from '#server/import/publish.js';
import { runImport } from '#server/import/run-import.js';
import { testEngine, uniqueIndexName } from '../support/engine.js';

const engine = testEngine();
const client = adminClient({ url: engine.url, masterKey: engine.masterKey });
const dir = mkdtempSync(join(tmpdir(), 'odd17-swap-'));

function csv(name: string, prefix: string, rows: number): string {
  const lines = ['ID;Titre;Région;ODD', ...Array.from({ length: rows }, (_, i) => `${prefix}-${i};Exemple ${prefix} ${i};Bretagne;17`)];
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

describe('atomic replacement of the live index', () => {
  it('lets searches during a re-import see either the complete old set or the complete new set, never a part', async () => {
    const index = uniqueIndexName('swap');
    await runImport({ paths: [csv('old.csv', 'OLD', 300)], engine, index, dryRun: false });
    const seen: { total: number; prefixes: Set<string> }[] = [];
    let importing = true;
    const searching = (async () => {
      while (importing) {
        const res = await client.index(index).search('', { hitsPerPage: 1_000, attributesToRetrieve: ['id'] });
        seen.push({ total: res.totalHits ?? -1, prefixes: new Set(res.hits.map((h) => String(h.id).split('-')[0] ?? '')) });
      }
    })();
    await runImport({ paths: [csv('new.csv', 'NEW', 700)], engine, index, dryRun: false });
    importing = false;
    await searching;
    expect(seen.length).toBeGreaterThan(3);
    for (const s of seen) {
      expect([...s.prefixes].length).toBe(1);
      expect(s.total).toBe(s.prefixes.has('OLD') ? 300 : 700);
    }
    expect(seen[0]!.prefixes.has('OLD')).toBe(true);
    expect((await client.index(index).search('', { hitsPerPage: 1 })).totalHits).toBe(700);
  });

  it('leaves the live index untouched while a run is interrupted mid-way, and the next run cleans its leftovers', async () => {
    const index = uniqueIndexName('swap');
    await runImport({ paths: [csv('before.csv', 'KEEP', 50)], engine, index, dryRun: false });
    const before = await readDatasetInfo({ ...engine, index });
    let release!: (error: Error) => void;
    const stalled = new Promise<never>((_, reject) => (release = reject));
    const example = (i: number): Example => {
      const r = rowToExample({ id: `HALF-${i}`, title: `Moitié ${i}` }, { file: 'x.csv', line: i + 2 });
      if (!r.ok) throw new Error(r.reason);
      return r.example;
    };
    async function* halfThenStall(): AsyncGenerator<Example> {
      for (let i = 0; i < 20; i++) yield example(i);
      await stalled;
    }
    const interrupted = publishExamples({ ...engine, index, examples: halfThenStall(), files: ['x.csv'], batchSize: 10 });
    interrupted.catch(() => {});
    const builds = async () => (await client.getRawIndexes({ limit: 1000 })).results.filter((i) => i.uid.startsWith(`${index}__build_`));
    // Wait until the run is stalled mid-way: build index made, 20 documents indexed (its meta is written once complete).
    const sentSoFar = async () => Promise.all((await builds()).map((b) => client.index(b.uid).getStats().then((s) => s.numberOfDocuments)));
    for (let i = 0; i < 200 && !(await sentSoFar()).includes(20); i++) await new Promise((r) => setTimeout(r, 50));
    expect((await builds()).length).toBe(1);
    expect((await client.index(index).search('', { hitsPerPage: 1 })).totalHits).toBe(50);
    expect(await readDatasetInfo({ ...engine, index })).toEqual(before);

    await runImport({ paths: [csv('after.csv', 'NEXT', 5)], engine, index, dryRun: false });
    expect(await builds()).toEqual([]);
    expect((await client.index(index).search('', { hitsPerPage: 1 })).totalHits).toBe(5);
    release(new Error('interrompu'));
    await expect(interrupted).rejects.toThrow();
    expect((await client.index(index).search('', { hitsPerPage: 1 })).totalHits).toBe(5);
  });
});

describe('npm run import (CLI)', () => {
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], {
      encoding: 'utf8',
      env: { ...process.env, MEILI_URL: engine.url, MEILI_MASTER_KEY: engine.masterKey, ...env },
    });

  it('imports, prints a French summary and exits 0 even with rejected rows', () => {
    const index = uniqueIndexName('cli');
    const out = run(['tests/fixtures/import/dialects', '--report-dir', join(dir, 'reports')], { MEILI_INDEX: index });
    expect(out.status).toBe(0);
    expect(out.stdout).toContain(`Import terminé dans l’index « ${index} »`);
    expect(out.stdout).toMatch(/Lignes lues : 14\n {2}Exemples importés : 12\n {2}Changements : 12 ajoutés, 0 retirés, 0 modifiés, 0 inchangés\n {2}Lignes rejetées : 1 \(Titre manquant : 1\)\n {2}Doublons écartés : 0\n {2}Lignes en conflit écartées : 1/);
    expect(out.stdout).toContain('Site web : 1 valeur sur 1 ligne');
    expect(out.stdout).toContain(join(dir, 'reports'));
  });

  it('exits non-zero with one clear French line on a fatal error', () => {
    const out = run(['nulle-part.csv', '--report-dir', join(dir, 'fatal')]);
    expect(out.status).toBe(1);
    const [first, second] = out.stderr.trim().split('\n');
    expect(first).toBe('Échec de l’import : Fichier ou dossier introuvable : nulle-part.csv');
    // A fatal run writes its report too (data-format.md §4).
    expect(second).toMatch(new RegExp(`^Rapport : ${join(dir, 'fatal')}/import-.*\\.json$`));
    expect(JSON.parse(readFileSync(second!.slice('Rapport : '.length), 'utf8')).fatal).toEqual({ message: 'Fichier ou dossier introuvable : nulle-part.csv' });
    const down = run(['tests/fixtures/import/dialects', '--report-dir', join(dir, 'fatal')], { MEILI_URL: 'http://127.0.0.1:9' });
    expect(down.status).toBe(1);
    expect(down.stderr.trim()).toMatch(/^Échec de l’import : Le moteur indiqué par MEILI_URL ne répond pas/);
  });
});
