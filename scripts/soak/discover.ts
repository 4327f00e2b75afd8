import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { send } from './client.js';
import type { Known } from './fuzz-cases.js';

/** Real facet values and ids, read from the running app, and the built assets: what valid-looking requests use. */
export async function discover(base: string, webDir: string | undefined): Promise<Known> {
  const json = async (path: string) => {
    const outcome = await send({ path }, { base, keepBytes: 4 * 1024 * 1024 });
    if (!('answer' in outcome) || outcome.answer.status !== 200) throw new Error(`${path} : pas de réponse 200`);
    return JSON.parse(outcome.answer.body.toString('utf8')) as unknown;
  };
  const taxonomy = (await json('/api/taxonomy')) as Record<string, { id: string | number; count?: number }[]>;
  const facets = Object.fromEntries(Object.entries(taxonomy).map(([facet, terms]) => [facet, [...terms].sort((a, b) => (b.count ?? 0) - (a.count ?? 0)).map((t) => String(t.id))]));
  const { hits } = (await json('/api/search?hitsPerPage=100')) as { hits: { id: string }[] };
  const assets = webDir && existsSync(join(webDir, 'assets')) ? readdirSync(join(webDir, 'assets')) : [];
  return { facets, ids: hits.map((h) => h.id), assets };
}
