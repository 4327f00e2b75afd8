import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExampleSchema } from '#domain/example.js';
import { expandPaths } from '#server/import/files.js';
import { readExportFile } from '#server/import/read-file.js';
import { generateSampleFiles } from '#scripts/sample/generate.js';

// The importer checks only each file's first rows against the schema (RowOptions.validate): every document it builds must
// be valid by construction. This reads the sample, every import fixture and generated exports and checks them all.
async function invalidDocuments(paths: string[]): Promise<{ checked: number; invalid: string[] }> {
  let checked = 0;
  const invalid: string[] = [];
  for (const file of (await expandPaths(paths)).files) {
    for await (const events of readExportFile(file, () => {})) {
      for (const e of events) {
        if (e.kind !== 'example') continue;
        checked++;
        const result = ExampleSchema.safeParse(e.example);
        if (!result.success) invalid.push(`${file.name}:${e.example.source.line} ${result.error.message}`);
      }
    }
  }
  return { checked, invalid };
}

describe('documents built by the importer', () => {
  it('are all valid Examples: the sample, every fixture, and 3,000 generated rows', async () => {
    const generated = mkdtempSync(join(tmpdir(), 'odd17-valid-'));
    await generateSampleFiles({ outDir: generated, rows: 3_000 });
    const { checked, invalid } = await invalidDocuments(['data', 'tests/fixtures/import/dialects', 'tests/fixtures/import/real-shapes', 'tests/fixtures/import/long-texts', generated]);
    expect(checked).toBeGreaterThan(4_000);
    expect(invalid).toEqual([]);
  }, 60_000);
});
