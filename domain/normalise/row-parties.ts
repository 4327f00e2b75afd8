import type { Party } from '../example.js';
import type { Cut } from './cut.js';
import { normaliseActorType } from './facet-values.js';
import { Memo } from './memo.js';
import { normaliseParty, typeFromName } from './party.js';
import { maskPersonal } from './personal-data.js';
import { one, type Row, type RowCells } from './row-state.js';
import { listItems, splitNames } from './split.js';
import { cleanMultiline, owned } from './text.js';

// The lead and partners of a row: each distinct name read once (bounded memo), its type inferred from its name.

interface PartyReading {
  party: Party | undefined;
  cuts: Cut[];
  masked: number;
  /** The party has no type of its own (brackets): a type column may give it one. */
  bare: Party | undefined;
}
const PARTY_MEMO = { 'lead.name': new Memo((v) => readParty(v, 'lead.name')), 'partners.name': new Memo((v) => readParty(v, 'partners.name')) };

/** A party, its name masked, its type from brackets or, failing that, how its name starts (inferred). */
function readParty(value: string, field: 'lead.name' | 'partners.name'): PartyReading {
  const { text, masked } = maskPersonal(value);
  const cuts: Cut[] = [];
  const found = normaliseParty(owned(text), field, cuts);
  if (!found || found.type) return { party: found, cuts, masked, bare: undefined };
  const type = typeFromName(found.name);
  return { party: type ? { ...found, type } : found, cuts, masked, bare: found };
}

/** A party; a type column (`typed`) wins over a type inferred from the name, never over one in brackets. */
function party(row: Row, value: string, field: 'lead.name' | 'partners.name', typed?: Party['type']): Party | undefined {
  const reading = PARTY_MEMO[field].get(value);
  if (reading.cuts.length) row.cuts.push(...reading.cuts);
  row.masked += reading.masked;
  if (reading.bare && typed) return { ...reading.bare, type: typed };
  if (reading.bare && reading.party!.type) row.infer('actorTypes', 'name', reading.party!.name, reading.party!.type);
  return reading.party;
}

export function parties(row: Row, cells: RowCells): { lead?: Party; partners: Party[]; leadType?: Party['type'] } {
  const leadType = one(row, cells.leadType, 'lead.type', normaliseActorType);
  const lead = cells.lead?.trim() ? party(row, cells.lead, 'lead.name', leadType) : undefined;
  const partners = splitNames(cleanMultiline(listItems(cells.partners ?? '')).replace(/\n/g, ';'))
    .map((name) => party(row, name, 'partners.name'))
    .filter((p): p is Party => p !== undefined);
  return { ...(lead ? { lead } : {}), partners, ...(leadType ? { leadType } : {}) };
}

