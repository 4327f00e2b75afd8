import { FACETS, type AnyFacet } from '../facet-registry.js';
import { isWholeValue, pieceValues, type Reading } from './facet-values.js';
import { Memo } from './memo.js';
import { masked } from './personal-data.js';
import type { Row } from './row-state.js';
import { listItems, splitTerms } from './split.js';
import { cleanMultiline, owned } from './text.js';

// Multi-valued facet cells: list markers and separators, then each piece as a value, a compound label or tags.

type Value = string | number;

/** Distinct values in the facet's display order, so a cell's order never changes the document. */
export const canonical = (facet: AnyFacet, values: Iterable<Value>): Value[] => {
  const set = new Set(values);
  return facet.terms.map((t) => t.id as Value).filter((id) => set.has(id));
};

/** What a multi-valued cell reads as, on its own: the same for every row that holds the same text. */
interface CellReading {
  values: Value[];
  inferred: { how: Reading; piece: string; to: string }[];
  rest: string[];
}

// Exports repeat their facet cells over thousands of rows: each distinct cell is read once.
const CELL_MEMO = new Map<AnyFacet, Memo<CellReading>>(FACETS.filter((f) => f.multi).map((f) => [f, new Memo((cell) => readCell(f, cell, undefined))]));

function readCell(facet: AnyFacet, cell: string, mapped: ((piece: string) => Value | null | undefined) | undefined): CellReading {
  const text = cleanMultiline(listItems(cell)).replace(/\n/g, ';');
  const reading: CellReading = { values: [], inferred: [], rest: [] };
  for (const piece of splitTerms(text, isWholeValue(facet))) {
    const byMapping = mapped?.(piece);
    if (byMapping !== undefined) {
      if (byMapping !== null) reading.values.push(byMapping);
      continue;
    }
    const { ids, rest, how } = pieceValues(facet, piece);
    reading.values.push(...ids);
    if (how) reading.inferred.push({ how, piece: owned(masked(piece)), to: [...new Set(ids)].join(' + ') });
    for (const r of rest) {
      // What is left of a piece (a tag among tags) may be mapped too.
      const leftMapped = how ? mapped?.(r) : undefined;
      if (leftMapped === undefined) reading.rest.push(owned(r));
      else if (leftMapped !== null) reading.values.push(leftMapped);
    }
  }
  reading.values = canonical(facet, reading.values);
  return reading;
}

/** A multi-valued facet cell: list markers and separators, then each piece as a value, a compound label or tags. */
export function many(row: Row, facet: AnyFacet, cell: string | undefined): Value[] {
  if (!cell?.trim()) return [];
  // A mapping file's values make the reading the file's own: not shared through the memo.
  const reading = row.values ? readCell(facet, cell, (piece) => row.mapped(facet.field, piece)) : CELL_MEMO.get(facet)!.get(cell);
  for (const i of reading.inferred) row.infer(facet.field, i.how, i.piece, i.to);
  for (const r of reading.rest) row.leftOver(facet.field, r);
  return reading.values;
}

