import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';

/** The run's throwaway engine (see global-engine.ts). */
export function testEngine(): { url: string; masterKey: string } {
  return inject('engine');
}

/** An index name no other test file uses, so files can run side by side on one engine. */
export function uniqueIndexName(prefix = 'test'): string {
  return `${prefix}_${randomUUID().slice(0, 8)}`;
}
