import type { IndexSwap, Meilisearch } from 'meilisearch';
import { deleteIndexes, engineCall, indexesStartingWith, indexExists, settle } from './engine-admin.js';
import { readHistory } from './history.js';
import { metaIndexName, versionIndexName, versionPrefix } from './index-names.js';

// The live pair (examples + meta) is only ever replaced by one engine swap request, so searches see the old set or the
// new one, never a mix; the pair it replaces is kept under its data version for rollback, the oldest ones pruned.

/** An index and its meta index, handled together. */
const pair = (uid: string): [string, string] => [uid, metaIndexName(uid)];

/** Renames `from` (and its meta) to `to` (and its meta); when `to` already holds that version, `from` is simply dropped. */
async function renamePair(client: Meilisearch, from: string, to: string): Promise<void> {
  if (await indexExists(client, to)) return deleteIndexes(client, pair(from));
  const [fromData, fromMeta] = pair(from);
  const [toData, toMeta] = pair(to);
  await settle(client.swapIndexes([{ indexes: [fromData, toData], rename: true }, { indexes: [fromMeta, toMeta], rename: true }]), `Conservation de la version ${to}`);
}

/**
 * Puts `incoming` (an index with its meta, fully built) live in one swap. What was live, version `previous`, is kept as
 * `examples__v_<previous>` when `keep` > 0, else deleted. On a first publication `incoming` is renamed live.
 */
export async function swapInKeeping(client: Meilisearch, index: string, incoming: string, previous: string | null, keep: number): Promise<void> {
  const [live, liveMeta] = pair(index);
  const [data, meta] = pair(incoming);
  if (!(await indexExists(client, live))) {
    const swaps: IndexSwap[] = [{ indexes: [data, live], rename: true }, { indexes: [meta, liveMeta], rename: !(await indexExists(client, liveMeta)) }];
    await settle(client.swapIndexes(swaps), 'Bascule vers le nouvel index');
    if (swaps[1]!.rename === false) await deleteIndexes(client, [meta]);
    return;
  }
  await settle(client.swapIndexes([{ indexes: [live, data], rename: false }, { indexes: [liveMeta, meta], rename: false }]), 'Bascule vers le nouvel index');
  // `incoming` now holds what was live.
  if (keep > 0 && previous) await renamePair(client, incoming, versionIndexName(index, previous));
  else await deleteIndexes(client, pair(incoming));
}

/** The kept versions (data versions of the `examples__v_*` indexes). */
export async function keptVersions(client: Meilisearch, index: string): Promise<string[]> {
  const prefix = versionPrefix(index);
  return (await indexesStartingWith(client, prefix)).filter((uid) => !uid.endsWith('-meta')).map((uid) => uid.slice(prefix.length));
}

/** Keeps the `keep` versions most recently replaced (the history says when each stopped being live) and deletes the rest. */
export async function pruneVersions(client: Meilisearch, index: string, keep: number, current: string): Promise<string[]> {
  const kept = (await keptVersions(client, index)).filter((v) => v !== current);
  const retiredAt = new Map<string, string>();
  for (const entry of await readHistory(client, index, { limit: 1_000 })) {
    if (entry.previousVersion && !retiredAt.has(entry.previousVersion)) retiredAt.set(entry.previousVersion, entry.publishedAt);
  }
  const byRecency = [...kept].sort((a, b) => (retiredAt.get(b) ?? '').localeCompare(retiredAt.get(a) ?? ''));
  const dropped = byRecency.slice(Math.max(0, keep));
  // The live version never has a kept copy of its own: a restored one was swapped in, not copied.
  if ((await keptVersions(client, index)).includes(current)) dropped.push(current);
  await deleteIndexes(client, dropped.flatMap((v) => pair(versionIndexName(index, v))));
  return dropped;
}

/** Whether a version can be restored. */
export const isKept = async (client: Meilisearch, index: string, dataVersion: string): Promise<boolean> =>
  /^[0-9a-f]{12}$/.test(dataVersion) && (await engineCall(indexExists(client, versionIndexName(index, dataVersion))));
