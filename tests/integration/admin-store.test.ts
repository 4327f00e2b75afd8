import { describe, expect, it } from 'vitest';
import { docStore } from '#server/admin/store/doc-store.js';
import { acquirePublishLock, LockBusyError } from '#server/admin/store/publish-lock.js';
import { createEngineClient } from '#server/engine-client/engine-client.js';
import { testEngine, uniqueIndexName } from '../support/engine.js';

const { url, masterKey } = testEngine();
const engine = createEngineClient({ url, key: masterKey });

describe('the workspace’s engine stores', () => {
  it('reads a sorted list of an index that never held a document as empty (the engine calls it « not sortable »)', async () => {
    const store = docStore<{ id: string; name: string }>(engine, uniqueIndexName('store'), { sortableAttributes: ['name'] });
    expect((await store.fetch({ sort: ['name:asc'] })).results).toEqual([]);
    await store.put({ id: 'b', name: 'Bêta' }, { id: 'a', name: 'Alpha' });
    expect((await store.fetch({ sort: ['name:asc'] })).results.map((d) => d.name)).toEqual(['Alpha', 'Bêta']);
    await store.patch([{ id: 'a', name: 'Gamma' }]);
    expect(await store.get('a')).toEqual({ id: 'a', name: 'Gamma' });
    await store.delete(['a']);
    expect(await store.get('a')).toBeUndefined();
  });

  it('gives the publish lock to one caller at a time across processes, and again once released', async () => {
    const index = uniqueIndexName('lock');
    const [first, second] = await Promise.allSettled([acquirePublishLock(engine, index), acquirePublishLock(engine, index)]);
    const won = [first, second].filter((r) => r.status === 'fulfilled');
    expect(won.length).toBe(1);
    expect([first, second].find((r) => r.status === 'rejected')!.reason).toBeInstanceOf(LockBusyError);
    await (won[0] as PromiseFulfilledResult<() => Promise<void>>).value();
    const again = await acquirePublishLock(engine, index);
    await again();
    // A lock its holder never released (the process died) is taken over once stale.
    await acquirePublishLock(engine, index);
    await expect(acquirePublishLock(engine, index)).rejects.toBeInstanceOf(LockBusyError);
    const takeover = await acquirePublishLock(engine, index, 0);
    await takeover();
  });
});
