import { TEXT_FIELDS, TEXT_LIMITS, type Cut, type TextField } from '#domain/normalise/cut.js';
import type { Example } from '#domain/example.js';
import type { TruncatedField } from '#domain/import-report.js';

type Source = Example['source'];

/** The texts of one field cut to fit the contract: how many rows, the longest, and the first rows with their length before the cut. */
export type { TruncatedField };

const FIRST_LINES = 5;

/** Counts cut texts by field over the imported rows (a row counts once per field, with its longest text). */
export class TruncationTally {
  private readonly byField = new Map<TextField, TruncatedField>();
  private rowsWithCuts = 0;

  add(source: Source, cuts: readonly Cut[]): void {
    if (cuts.length === 0) return;
    this.rowsWithCuts++;
    const longest = new Map<TextField, number>();
    for (const cut of cuts) longest.set(cut.field, Math.max(cut.length, longest.get(cut.field) ?? 0));
    for (const [field, length] of longest) {
      const entry = this.byField.get(field) ?? { limit: TEXT_LIMITS[field], rows: 0, longest: 0, firstLines: [] };
      this.byField.set(field, entry);
      entry.rows++;
      entry.longest = Math.max(entry.longest, length);
      if (entry.firstLines.length < FIRST_LINES) entry.firstLines.push({ ...source, length });
    }
  }

  /** Rows with at least one text cut. */
  get rows(): number {
    return this.rowsWithCuts;
  }

  /** By field, in the order of the document. */
  toJSON(): Partial<Record<TextField, TruncatedField>> {
    const out: Partial<Record<TextField, TruncatedField>> = {};
    for (const field of TEXT_FIELDS) {
      const entry = this.byField.get(field);
      if (entry) out[field] = entry;
    }
    return out;
  }
}
