import type { Party } from '../example.js';
import { normaliseActorType } from './taxonomy.js';
import { cleanText, truncate } from './text.js';

/**
 * A lead or partner from `Fondation Agir (fondation)` or `Fondation Agir [Fondations]`: the bracket is
 * read as the type only when it is one; otherwise it stays in the name ("Ville de Rennes (35)").
 */
export function normaliseParty(value: string): Party | undefined {
  const text = cleanText(value);
  const match = /^(.*\S)\s*[([]\s*([^()[\]]+?)\s*[)\]]$/.exec(text);
  const type = match ? normaliseActorType(match[2]!) : undefined;
  const name = truncate(type ? match![1]! : text, 300);
  if (!name) return undefined;
  return type ? { name, type } : { name };
}
