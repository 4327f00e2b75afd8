import type { EngineClient } from '../../engine-client/engine-client.js';
import { publishLockIndex } from './admin-indexes.js';
import { EngineTaskError, isNotFound, write } from './tasks.js';

// One publication or rollback at a time across every app process: the engine runs index creations one after another and
// refuses a second one of the same name, so creating the lock index is a compare-and-set. A lock older than `staleMs`
// (its process died mid-publication) is taken over.

export class LockBusyError extends Error {
  override name = 'LockBusyError';
}

async function lockAge(engine: EngineClient, uid: string): Promise<number | undefined> {
  try {
    const info = await engine.request<{ createdAt: string }>('GET', `/indexes/${uid}`);
    return Date.now() - Date.parse(info.createdAt);
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** Takes the publish lock and returns its release, or throws LockBusyError at once when another process holds it. */
export async function acquirePublishLock(engine: EngineClient, index: string, staleMs = 30 * 60_000): Promise<() => Promise<void>> {
  const uid = publishLockIndex(index);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await write(engine, 'POST', '/indexes', { uid, primaryKey: 'id' });
      // Released without waiting: the engine runs the deletion before any later creation of the same lock.
      return () => engine.request('DELETE', `/indexes/${uid}`).then(() => {}, () => {});
    } catch (error) {
      if (!(error instanceof EngineTaskError && error.code === 'index_already_exists')) throw error;
      const age = await lockAge(engine, uid);
      if (age !== undefined && age < staleMs) break;
      await write(engine, 'DELETE', `/indexes/${uid}`).catch(() => {});
    }
  }
  throw new LockBusyError('Une autre publication ou un retour en arrière est en cours : réessayez dans un instant.');
}
