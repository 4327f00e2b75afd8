// What a dialect is: a file name, an encoding, CSV punctuation, headers, and how it spells each value.
import type { Rng } from './prng.js';
import type { SampleExample } from './sample-example.js';

export type Field =
  | 'id' | 'title' | 'summary' | 'description' | 'results' | 'lead' | 'leadType' | 'partners' | 'actorTypes'
  | 'regions' | 'departments' | 'city' | 'scale' | 'sdgs' | 'themes' | 'audiences' | 'mode' | 'year' | 'status' | 'website' | 'updatedAt'
  | 'contact' | 'note';

export type Cells = Partial<Record<Field, string>>;

export interface Dialect {
  readonly file: string;
  readonly encoding: 'utf8' | 'win1252';
  readonly bom: boolean;
  readonly delimiter: ';' | ',';
  readonly recordDelimiter: '\n' | '\r\n';
  /** Columns in file order, each with the header text this export writes. */
  readonly columns: readonly (readonly [Field, string])[];
  /** How many rows of the whole sample this dialect holds, in bulk mode. */
  readonly share: number;
  readonly era: { readonly maxYear: number; readonly updatedFrom: number; readonly updatedTo: number };
  render(example: SampleExample, rng: Rng): Cells;
}

/** The cells of a row in the dialect's column order; missing cells are empty. */
export function toRow(dialect: Dialect, cells: Cells): string[] {
  return dialect.columns.map(([field]) => cells[field] ?? '');
}
