import { createHash } from 'node:crypto';
import type { ColumnMapping } from '#domain/mapping.js';
import { ColumnMappingSchema } from '#domain/mapping-schema.js';
import type { EngineClient } from '../engine-client/engine-client.js';
import { profilesIndex } from './store/admin-indexes.js';
import { docStore, quoted } from './store/doc-store.js';

// Saved mappings (« profils »), named by curators, proposed again when a file with the same header row comes back; the
// same JSON works with `npm run import -- --mapping FILE`.

export interface Profile {
  id: string;
  name: string;
  mapping: ColumnMapping;
  /** Header signatures of the files it was made for. */
  signatures: string[];
  by: string;
  updatedAt: string;
}

const NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._'’()-]{0,78}[\p{L}\p{N})]$|^[\p{L}\p{N}]$/u;
export const validProfileName = (name: string): boolean => NAME.test(name);
const profileId = (name: string): string => `p_${createHash('sha256').update(name.normalize('NFC').toLowerCase()).digest('hex').slice(0, 40)}`;

export function profileStore(engine: EngineClient, index: string) {
  const store = docStore<Profile>(engine, profilesIndex(index), { filterableAttributes: ['signatures'], sortableAttributes: ['name'] });
  return {
    get: (name: string) => store.get(profileId(name)),
    list: async () => (await store.fetch({ sort: ['name:asc'], limit: 500 })).results,
    async put(name: string, mapping: unknown, signatures: string[], by: string): Promise<Profile> {
      const profile: Profile = { id: profileId(name), name, mapping: ColumnMappingSchema.parse(mapping), signatures: [...new Set(signatures)].slice(0, 50), by, updatedAt: new Date().toISOString() };
      await store.put(profile);
      return profile;
    },
    remove: async (name: string) => store.delete([profileId(name)]),
    /** Profiles made for a file with one of these header rows. */
    async matching(signatures: string[]): Promise<Profile[]> {
      const wanted = signatures.filter(Boolean);
      if (!wanted.length) return [];
      return (await store.fetch({ filter: `signatures IN [${wanted.map(quoted).join(', ')}]`, limit: 20 })).results;
    },
  };
}
