import type { Party } from '../example.js';
import { ACTOR_TYPE } from '../facet-registry.js';
import { fold } from '../fold.js';
import { fit, type Cut } from './cut.js';
import { normaliseActorType } from './facet-values.js';
import { cleanText } from './text.js';

/**
 * A lead or partner from `Fondation Agir (fondation)` or `Fondation Agir [Fondations]`: the bracket is
 * read as the type only when it is one; otherwise it stays in the name ("Ville de Rennes (35)").
 * A name over the limit is cut and the cut recorded in `cuts` under `field`.
 */
export function normaliseParty(value: string, field: 'lead.name' | 'partners.name' = 'partners.name', cuts: Cut[] = []): Party | undefined {
  const text = cleanText(value);
  const match = text.endsWith(')') || text.endsWith(']') ? /^(.*\S)\s*[([]\s*([^()[\]]+?)\s*[)\]]$/.exec(text) : null;
  const type = match ? normaliseActorType(match[2]!) : undefined;
  const name = fit(type ? match![1]! : text, field, cuts);
  if (!name) return undefined;
  return type ? { name, type } : { name };
}

// Name starts of every actor type by their folded words; the longest start a name has wins ("Communauté d'agglomération" over "Commune").
const NAME_STARTS = new Map<string, NonNullable<Party['type']>>(ACTOR_TYPE.terms.flatMap((t) => (t.nameStarts ?? []).map((start) => [fold(start), t.id as NonNullable<Party['type']>] as const)));
const LONGEST_START = Math.max(...[...NAME_STARTS.keys()].map((k) => k.split(' ').length));

/** The type an organisation's name says (`Ville de Rennes` → collectivite, `Association …` → association), if any. */
export function typeFromName(name: string): Party['type'] {
  const words = fold(name).split(' ', LONGEST_START);
  for (let n = words.length; n > 0; n--) {
    const type = NAME_STARTS.get(n === 1 ? words[0]! : words.slice(0, n).join(' '));
    if (type) return type;
  }
  return undefined;
}
