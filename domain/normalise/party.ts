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
  const match = /^(.*\S)\s*[([]\s*([^()[\]]+?)\s*[)\]]$/.exec(text);
  const type = match ? normaliseActorType(match[2]!) : undefined;
  const name = fit(type ? match![1]! : text, field, cuts);
  if (!name) return undefined;
  return type ? { name, type } : { name };
}

// Name starts of every actor type, longest first, so "Communauté d'agglomération" is tried before "Commune".
const NAME_STARTS = ACTOR_TYPE.terms
  .flatMap((t) => (t.nameStarts ?? []).map((start) => ({ start: fold(start), type: t.id as NonNullable<Party['type']> })))
  .sort((a, b) => b.start.length - a.start.length);

/** The type an organisation's name says (`Ville de Rennes` → collectivite, `Association …` → association), if any. */
export function typeFromName(name: string): Party['type'] {
  const folded = `${fold(name)} `;
  return NAME_STARTS.find((s) => folded.startsWith(`${s.start} `))?.type;
}
