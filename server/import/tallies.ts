import type { Example } from '#domain/example.js';
import type { Inferred, UnmappedField, UnmappedValue } from '#domain/import-report.js';
import type { Inference } from '#domain/normalise/row.js';

type Source = Example['source'];
const FIRST_LINES = 5;
const EXAMPLES = 3;

/** Counts unmapped values by field and value, and the rows with at least one in each field (counts in rows, never values). */
export class UnmappedTally {
  private readonly byField = new Map<string, { rows: number; values: Map<string, UnmappedValue> }>();
  private rowsWithAny = 0;

  add(source: Source, unmapped: Example['unmapped']): void {
    if (unmapped.length === 0) return;
    this.rowsWithAny++;
    const fields = new Set<string>();
    for (const { field, value } of unmapped) {
      const entry = this.byField.get(field) ?? { rows: 0, values: new Map<string, UnmappedValue>() };
      this.byField.set(field, entry);
      if (!fields.has(field)) {
        fields.add(field);
        entry.rows++;
      }
      const v = entry.values.get(value) ?? { value, count: 0, firstLines: [] };
      entry.values.set(value, v);
      v.count++;
      if (v.firstLines.length < FIRST_LINES) v.firstLines.push(source);
    }
  }

  get rows(): number {
    return this.rowsWithAny;
  }

  toJSON(): Record<string, UnmappedField> {
    const out: Record<string, UnmappedField> = {};
    for (const [field, { rows, values }] of [...this.byField].sort(([a], [b]) => a.localeCompare(b))) {
      out[field] = { rows, values: [...values.values()].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)) };
    }
    return out;
  }
}

/** Counts inferred values by field and rule: rows, the first few readings, the first lines. */
export class InferredTally {
  private readonly byRule = new Map<string, Inferred>();
  private rowsWithAny = 0;

  add(source: Source, inferred: readonly Inference[]): void {
    if (inferred.length === 0) return;
    this.rowsWithAny++;
    const seen = new Set<string>();
    for (const { field, rule, from, to } of inferred) {
      const key = `${field}\u0000${rule}`;
      const entry = this.byRule.get(key) ?? { field, rule, rows: 0, examples: [], firstLines: [] };
      this.byRule.set(key, entry);
      if (!entry.examples.some((e) => e.from === from) && entry.examples.length < EXAMPLES) entry.examples.push({ from, to });
      if (seen.has(key)) continue;
      seen.add(key);
      entry.rows++;
      if (entry.firstLines.length < FIRST_LINES) entry.firstLines.push(source);
    }
  }

  get rows(): number {
    return this.rowsWithAny;
  }

  toJSON(): Inferred[] {
    return [...this.byRule.values()].sort((a, b) => b.rows - a.rows);
  }
}
