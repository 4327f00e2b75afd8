import type { ColumnField } from '../columns.js';
import type { ValueMap } from '../import-mapping.js';
import type { Example } from '../example.js';
import type { Cut } from './cut.js';
import type { Reading } from './facet-values.js';
import { maskPersonal, onlyMasks } from './personal-data.js';
import { cleanText } from './text.js';

export type RowCells = Partial<Record<ColumnField, string>>;
export type Unmapped = Example['unmapped'][number];

/** A value the import read beyond the letter of the cell (data-format.md §1), marked as inferred in the report. */
export interface Inference {
  field: string;
  rule: Reading | 'year-in-text' | 'first-link' | 'title-link' | 'name';
  /** What it was read from (masked). */
  from: string;
  /** What it gave: ids, a year, a link. */
  to: string;
}

/** Per-row state: what was cut, inferred, left unmapped and masked. */
export class Row {
  readonly cuts: Cut[] = [];
  readonly inferred: Inference[] = [];
  readonly unmapped: Unmapped[] = [];
  masked = 0;

  constructor(readonly values: ValueMap | undefined) {}

  /** The id the mapping file gives a value (null: ignore it), before it is called unmapped. */
  mapped(field: string, value: string): string | number | null | undefined {
    return this.values?.(field, value);
  }

  /** Text without e-mail addresses or phone numbers (data-format.md §1: never in a published field). */
  private(text: string): string {
    const out = maskPersonal(text);
    this.masked += out.masked;
    return out.text;
  }

  /** A value that matched nothing: kept, masked, unless nothing but a contact is left of it. */
  leftOver(field: string, value: string): void {
    if (this.mapped(field, value) === null) return;
    const text = this.private(value);
    if (!onlyMasks(text)) this.unmapped.push({ field, value: text });
  }

  /** `from` is masked already (a cleaned, masked cell or name). */
  infer(field: string, rule: Inference['rule'], from: string, to: string): void {
    this.inferred.push({ field, rule, from, to });
  }
}

/** A single-valued cell through `normalise`, or the mapping file; what matches nothing is left over (unmapped). */
export function one<T>(row: Row, cell: string | undefined, field: string, normalise: (v: string) => T | undefined): T | undefined {
  const text = cleanText(cell ?? '');
  if (!text) return undefined;
  const value = normalise(text) ?? (row.mapped(field, text) as T | null | undefined) ?? undefined;
  if (value === undefined) row.leftOver(field, text);
  return value;
}
