import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportDataChangedError, readAllMatches } from '#server/export/read-all.js';
import { publishExamples } from '#server/import/publish.js';
import { appWith, type AppUnderTest } from '../fixtures/api/app-under-test.js';
import { generatedExamples } from '../fixtures/api/fixture-examples.js';
import { testEngine } from '../support/engine.js';

let target: AppUnderTest;
beforeAll(async () => {
  target = await appWith(generatedExamples(30));
});
afterAll(() => target.close());

const context = () => ({ engine: target.client, index: target.index });

describe('readAllMatches', () => {
  it('reads every page of an unchanged data set', async () => {
    const set = await readAllMatches(context(), {}, 'relevance', 10);
    const ids: string[] = [];
    for await (const batch of set.batches) ids.push(...batch.map((e) => e.id));
    expect(set.total).toBe(30);
    expect(new Set(ids).size).toBe(30);
  });

  it('stops with ExportDataChangedError when an import swaps the data mid-export, instead of mixing two data sets', async () => {
    const set = await readAllMatches(context(), {}, 'relevance', 10);
    const pages = set.batches[Symbol.asyncIterator]();
    const read = [(await pages.next()).value as unknown[]];
    expect(read[0]).toHaveLength(10);
    const { url, masterKey } = testEngine();
    await publishExamples({ url, masterKey, index: target.index, examples: generatedExamples(31), files: ['newer.csv'] });
    const rest = async () => {
      for (let r = await pages.next(); !r.done; r = await pages.next()) read.push(r.value);
    };
    await expect(rest()).rejects.toThrow(ExportDataChangedError);
    // The page read ahead while the first was used (before the swap) may still come: it is of the same data set.
    expect(read.length).toBeLessThanOrEqual(2);
  });
});
