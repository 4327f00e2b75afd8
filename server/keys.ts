import { createHash } from 'node:crypto';
import { createEngineClient, type EngineClient } from './engine-client/engine-client.js';
import { EngineResponseError } from './engine-client/errors.js';
import { metaIndexName } from './engine/index-settings.js';

interface KeyBody {
  key: string;
  uid: string;
}

/** A stable key uid per index (a v4-shaped UUID, as the engine requires), so restarts reuse one key instead of piling up new ones. */
export function searchKeyUid(index: string): string {
  const hex = createHash('sha256').update(`odd17-search:${index}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The key the proxy searches with: `search` on the examples index and its meta index, nothing else.
 * Created with the admin client if missing; the engine derives its value from uid + master key, so it is stable.
 */
export async function ensureSearchKey(admin: EngineClient, index: string): Promise<string> {
  const uid = searchKeyUid(index);
  try {
    return (await admin.request<KeyBody>('GET', `/keys/${uid}`)).key;
  } catch (error) {
    if (!(error instanceof EngineResponseError && error.status === 404)) throw error;
  }
  const created = await admin.request<KeyBody>('POST', '/keys', {
    uid,
    name: `odd17-search-${index}`,
    description: 'Recherche seule, pour le serveur de l’application',
    actions: ['search'],
    indexes: [index, metaIndexName(index)],
    expiresAt: null,
  });
  return created.key;
}

/** A client that searches with the index's search-only key, made (or found) with the master key, which is not kept. */
export async function createSearchClient(target: { url: string; masterKey: string; index: string; timeoutMs?: number }): Promise<{ client: EngineClient; key: string }> {
  const admin = createEngineClient({ url: target.url, key: target.masterKey });
  try {
    const key = await ensureSearchKey(admin, target.index);
    return { key, client: createEngineClient({ url: target.url, key, timeoutMs: target.timeoutMs }) };
  } finally {
    admin.close();
  }
}
