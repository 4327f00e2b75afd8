import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminClient } from '#server/publish/engine-admin.js';
import { describe, expect, it } from 'vitest';
import { runImport } from '#server/import/run-import.js';
import { formatSummary } from '#server/import/summary.js';
import { testEngine, uniqueIndexName } from '../support/engine.js';

const FIXTURES = 'tests/fixtures/import/dialects';
const engine = testEngine();
const client = adminClient({ url: engine.url, masterKey: engine.masterKey });
const documentCount = async (index: string) => (await client.index(index).getStats().catch(() => ({ numberOfDocuments: 0 }))).numberOfDocuments;

/** A path under a regular file: nothing can ever be written there (ENOTDIR), even as root. */
function unwritableFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'odd17-noreport-'));
  writeFileSync(join(dir, 'un-fichier'), '');
  return join(dir, 'un-fichier', 'rapports');
}

describe('import whose report cannot be written', () => {
  it('npm run import with an unwritable report folder stops before publishing, says so, and exits 1', () => {
    const index = uniqueIndexName('noreport');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', '--report-dir', unwritableFolder(), FIXTURES], {
      encoding: 'utf8',
      env: { ...process.env, MEILI_URL: engine.url, MEILI_MASTER_KEY: engine.masterKey, MEILI_INDEX: index },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Échec de l’import');
    expect(run.stderr).toContain('dossier des rapports');
    expect(run.stderr).toContain('rien n’a été importé');
    expect(run.stdout).not.toContain('Import terminé');
    return expect(documentCount(index)).resolves.toBe(0);
  });

  it('a run that published says it published, and that the report could not be written, when the folder goes away meanwhile', async () => {
    const index = uniqueIndexName('lostreport');
    const reportDir = mkdtempSync(join(tmpdir(), 'odd17-lostreport-'));
    let replaced = false;
    const report = await runImport({
      paths: [FIXTURES], engine, index, dryRun: false, reportDir,
      // The folder becomes a file while the documents are being sent: the check at start passed, the write at the end fails.
      onProgress: (p) => {
        if (p.phase !== 'publish' || replaced) return;
        replaced = true;
        rmSync(reportDir, { recursive: true });
        writeFileSync(reportDir, '');
      },
    });
    expect(replaced).toBe(true);
    expect(await documentCount(index)).toBe(12);
    expect(report.reportFile).toBeUndefined();
    expect(report.reportError).toMatch(/ENOTDIR|EEXIST/);
    const summary = formatSummary(report);
    expect(summary).toContain(`Import terminé dans l’index « ${index} »`);
    expect(summary).toContain('Rapport non écrit');
    expect(summary).toContain('les données sont publiées');
  });
});
