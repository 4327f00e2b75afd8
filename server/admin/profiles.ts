import { createHash } from 'node:crypto';
import { ImportMappingSchema, type ImportMapping, type MappingProfile } from '#domain/import-mapping.js';
import type { EngineClient } from '../engine-client/engine-client.js';
import { profilesIndex } from './store/admin-indexes.js';
import { docStore, quoted } from './store/doc-store.js';

// Saved mappings (« profils »): the importer's own mapping object (domain/import-mapping.ts) under a name, proposed again
// when a file with the same header signature comes back. What GET answers is a mapping file `--mapping FILE` takes.

interface StoredProfile {
  id: string;
  name: string;
  /** The ImportMapping as JSON: a string, so its headers never become the index's fields. */
  mapping: string;
  /** Header signatures its profiles apply to (headerSignature). */
  signatures: string[];
  by: string;
  updatedAt: string;
}

/** A saved profile as the API gives it: an ImportMapping (`profiles`) with its name, signatures, author and date. */
export interface Profile extends ImportMapping {
  name: string;
  signatures: string[];
  by: string;
  updatedAt: string;
}

const NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._'’()-]{0,78}[\p{L}\p{N})]$|^[\p{L}\p{N}]$/u;
export const validProfileName = (name: string): boolean => NAME.test(name);
const profileId = (name: string): string => `p_${createHash('sha256').update(name.normalize('NFC').toLowerCase()).digest('hex').slice(0, 40)}`;

const shown = (stored: StoredProfile): Profile => ({
  name: stored.name, profiles: ImportMappingSchema.parse(JSON.parse(stored.mapping)).profiles, signatures: stored.signatures, by: stored.by, updatedAt: stored.updatedAt,
});

/** The signatures a mapping's profiles name (a profile for file names or for every file is applied, never proposed). */
const signaturesOf = (profiles: MappingProfile[]): string[] => [...new Set(profiles.map((p) => p.signature).filter((s): s is string => !!s))].slice(0, 50);

export function profileStore(engine: EngineClient, index: string) {
  const store = docStore<StoredProfile>(engine, profilesIndex(index), { filterableAttributes: ['signatures'], sortableAttributes: ['name'] });
  return {
    get: async (name: string) => {
      const stored = await store.get(profileId(name));
      return stored && shown(stored);
    },
    list: async () => (await store.fetch({ sort: ['name:asc'], limit: 500 })).results.map(shown),
    async put(name: string, mapping: ImportMapping, by: string): Promise<Profile> {
      const stored: StoredProfile = { id: profileId(name), name, mapping: JSON.stringify(mapping), signatures: signaturesOf(mapping.profiles), by, updatedAt: new Date().toISOString() };
      await store.put(stored);
      return shown(stored);
    },
    remove: async (name: string) => store.delete([profileId(name)]),
    /** The names of the profiles made for a file with one of these header signatures. */
    async matching(signatures: string[]): Promise<string[]> {
      const wanted = signatures.filter(Boolean);
      if (!wanted.length) return [];
      return (await store.fetch({ filter: `signatures IN [${wanted.map(quoted).join(', ')}]`, limit: 20, fields: ['name'] })).results.map((p) => p.name);
    },
  };
}
