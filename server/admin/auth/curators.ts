import { createHash } from 'node:crypto';
import type { EngineClient } from '../../engine-client/engine-client.js';
import { curatorsIndex } from '../store/admin-indexes.js';
import { docStore, type DocStore } from '../store/doc-store.js';
import { DUMMY_HASH, hashPassword, passwordProblem, verifyPassword } from './password.js';

// Curator accounts, in the engine so every app process knows them; created and removed by `npm run admin`.

export interface Curator {
  id: string;
  name: string;
  hash: string;
  createdAt: string;
}

/** Letters (accented too), digits, space, dot, dash, underscore: a name shown in the history. */
const NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,62}[\p{L}\p{N}]$/u;

export class CuratorError extends Error {
  override name = 'CuratorError';
}

/** One account per name whatever its case. */
export const curatorId = (name: string): string => `c_${createHash('sha256').update(name.normalize('NFC').toLowerCase()).digest('hex').slice(0, 40)}`;

export function curators(engine: EngineClient, index: string): {
  store: DocStore<Curator>;
  add(name: string, password: string): Promise<Curator>;
  list(): Promise<Omit<Curator, 'hash'>[]>;
  remove(name: string): Promise<boolean>;
  /** The curator whose name and password these are, or undefined (in about the same time either way). */
  verify(name: string, password: string): Promise<Curator | undefined>;
} {
  const store = docStore<Curator>(engine, curatorsIndex(index), { sortableAttributes: ['name'] });
  return {
    store,
    async add(name, password) {
      const clean = name.normalize('NFC').trim();
      if (!NAME.test(clean)) throw new CuratorError(`Nom refusé « ${clean} » : 2 à 64 lettres, chiffres, espaces, points, tirets ou soulignés.`);
      const problem = passwordProblem(password);
      if (problem) throw new CuratorError(`Mot de passe refusé : ${problem}.`);
      if (await store.get(curatorId(clean))) throw new CuratorError(`Le compte « ${clean} » existe déjà (npm run admin -- remove-curator « ${clean} » pour le supprimer).`);
      const curator: Curator = { id: curatorId(clean), name: clean, hash: await hashPassword(password), createdAt: new Date().toISOString() };
      await store.put(curator);
      return curator;
    },
    async list() {
      const { results } = await store.fetch({ sort: ['name:asc'], fields: ['id', 'name', 'createdAt'] });
      return results;
    },
    async remove(name) {
      const found = await store.get(curatorId(name.trim()));
      if (!found) return false;
      await store.delete([found.id]);
      return true;
    },
    async verify(name, password) {
      const found = name.length <= 64 ? await store.get(curatorId(name.trim())) : undefined;
      const ok = await verifyPassword(password.slice(0, 200), found?.hash ?? DUMMY_HASH);
      return ok && found ? found : undefined;
    },
  };
}
