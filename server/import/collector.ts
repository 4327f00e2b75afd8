import type { Example } from '#domain/example.js';
import type { Conflict, Duplicate, Merge } from '#domain/import-report.js';
import { owned } from '#domain/normalise/text.js';
import { disagreement, fieldsOf, filledMask, keyOf, mergeExamples, supersedes, verdict, type ExampleKey } from '#domain/normalise/merge.js';
import { EntryTable, type Entry } from './entry-table.js';
import { RecordStore } from './record-store.js';

type Source = Example['source'];
type Side = Conflict['kept'];

export type { Entry };

export interface Offered {
  example: Example;
  idFrom: 'column' | 'derived';
}

// What outlives the row is copied (owned): a cell would keep its whole chunk of the file alive.
const own = owned;

const NONE: Example['unmapped'] = [];

/**
 * One example per id (data-format.md §4), fed rows in input order (files, then lines). Rows of an id that say another
 * example are a conflict (the most recent kept, both listed); rows that agree are duplicates (the most recent kept);
 * rows that complete each other are merged. When publishing, `offer` gives the document to send now (a new example, or
 * one a row just changed: the engine keeps the last one sent per id) and `rest` the ones only the end can settle; the
 * documents wait on disk (RecordStore) for merges, the per-id summary in an EntryTable.
 */
export class Collector {
  private readonly byId = new EntryTable();
  private readonly store: RecordStore<Example> | undefined;
  private readonly dropped: { id: string; dropped: Source }[] = [];
  private readonly merged: { id: string; merged: Source; fields: string[] }[] = [];
  readonly conflicts: Conflict[] = [];
  /** Ids merged into another at the end (a row without region or lead into the one example it completes). */
  private readonly movedTo = new Map<string, string>();
  /** Examples whose document is still to be sent after the last file (held back, or completed at the end). */
  private readonly unsent = new Set<string>();

  constructor(keepDocuments: boolean) {
    this.store = keepDocuments ? new RecordStore<Example>() : undefined;
  }

  /** Takes a row; when publishing, the document to send now for its id, if it changed. */
  offer(row: Offered): Example | undefined {
    const entry = this.entryOf(row);
    const current = this.byId.get(entry.id);
    let now = entry;
    let changed = true;
    if (!current) this.byId.set(entry);
    else {
      const why = disagreement(current.key, entry.key);
      if (why) {
        const newer = supersedes(entry, current);
        this.conflicts.push({ id: entry.id, kind: why, kept: this.sideOf(newer ? entry : current), other: this.sideOf(newer ? current : entry) });
        if (newer) this.byId.set(entry);
        else now = current;
        changed = newer;
      } else ({ entry: now, changed } = this.combine(current, entry));
    }
    if (!changed || !this.store) return undefined;
    if (now.held) return void this.unsent.add(now.id);
    return now.ref === entry.ref ? row.example : this.document(now);
  }

  /** Folds `other` into `current` (same id, same example): the most recent is the base; a duplicate or a merge. `changed` when the document changed. */
  private combine(current: Entry, other: Entry): { entry: Entry; changed: boolean } {
    const [base, rest] = supersedes(other, current) ? [other, current] : [current, other];
    const kind = verdict(base.mask, rest.mask);
    if (kind === 'duplicate') this.dropped.push({ id: current.id, dropped: rest.source });
    else this.merged.push({ id: current.id, merged: rest.source, fields: fieldsOf(rest.mask & ~base.mask) });
    const result: Entry = kind === 'duplicate' ? base : { ...base, mask: base.mask | rest.mask };
    if (kind === 'merge') {
      const [mine, theirs] = [this.byId.about(base), this.byId.about(rest)];
      const unmapped = [...mine.unmapped, ...theirs.unmapped.filter((u) => !mine.unmapped.some((b) => b.field === u.field && b.value === u.value))];
      result.about = { ...mine, unmapped };
      result.hasUnmapped = unmapped.length > 0;
      if (this.store) result.ref = this.store.put(mergeExamples(this.store.get(base.ref!), this.store.get(rest.ref!)));
    }
    const entry = { ...result, id: current.id, held: current.held && other.held };
    this.byId.set(entry);
    return { entry, changed: kind === 'merge' || base === other };
  }

  /** How a conflict shows an entry (title and lead as written). */
  private sideOf(e: Entry): Side {
    const { title, lead, regions } = this.byId.about(e);
    return { ...e.source, title: own(title), ...(lead ? { lead: own(lead) } : {}), regions, ...(e.updatedAt ? { updatedAt: e.updatedAt } : {}) };
  }

  /** An entry's document as it stands, under the entry's id (a row merged into another example takes that example's id). */
  private document(entry: Entry): Example {
    return { ...this.store!.get(entry.ref!), id: entry.id };
  }

  private entryOf(row: Offered): Entry {
    const e = row.example;
    return {
      id: own(e.id), key: keyOf(e), ...(e.updatedAt ? { updatedAt: e.updatedAt } : {}), mask: filledMask(e), source: e.source,
      derived: row.idFrom === 'derived', held: row.idFrom === 'derived' && (!e.lead || e.regions.length === 0),
      ...(this.store ? { ref: this.store.put(e) } : {}), hasUnmapped: e.unmapped.length > 0,
      about: { title: e.title, ...(e.lead ? { lead: e.lead.name } : {}), regions: e.regions, unmapped: e.unmapped.length ? e.unmapped : NONE },
    };
  }

  /**
   * After the last file: an example with a derived id that lacks a lead or a region is merged into the one example of
   * its title that has them and agrees with it (a laureate's extra rows: coordinates only); when several could be it,
   * it stays apart and is listed as an ambiguous conflict.
   */
  finish(): void {
    const byTitle = new Map<number, Entry[]>();
    for (const entry of this.byId.values()) if (entry.derived) byTitle.set(entry.key.title, [...(byTitle.get(entry.key.title) ?? []), entry]);
    const known = (e: Entry) => (e.key.lead ? 1 : 0) + (e.key.region ? 1 : 0);
    const fits = (small: Entry, big: Entry) => (!small.key.lead || small.key.lead === big.key.lead) && (!small.key.region || small.key.region === big.key.region);
    for (const group of byTitle.values()) {
      if (group.length < 2) continue;
      for (const small of group.filter((e) => known(e) < 2).sort((a, b) => known(b) - known(a))) {
        const targets = group.filter((big) => big !== small && !this.movedTo.has(big.id) && known(big) > known(small) && fits(small, big));
        if (targets.length === 1) {
          const target = this.byId.get(targets[0]!.id)!;
          this.byId.delete(small.id);
          this.unsent.delete(small.id);
          this.movedTo.set(small.id, target.id);
          if (this.combine(target, { ...small, id: target.id }).changed) this.unsent.add(target.id);
        } else if (targets.length > 1) {
          this.conflicts.push({ id: small.id, kind: 'ambiguous', kept: this.sideOf(small), other: this.sideOf(targets[0]!) });
        }
      }
    }
  }

  get size(): number {
    return this.byId.size;
  }

  /** Where each example with unmapped values comes from, and those values (for the report). */
  *unmapped(): Generator<{ source: Source; unmapped: Example['unmapped'] }> {
    for (const entry of this.byId.values()) if (entry.hasUnmapped) yield { source: entry.source, unmapped: this.byId.about(entry).unmapped };
  }

  /** The documents only the end could settle (publishing only, after finish()): held back, or completed at the end. */
  async *rest(): AsyncGenerator<Example> {
    for (const id of this.unsent) {
      const entry = this.byId.get(id);
      if (entry) yield this.document(entry);
    }
  }

  /** Every final document, in order of first appearance (publishing only, after finish()). */
  async *examples(): AsyncGenerator<Example> {
    for (const entry of this.byId.values()) yield this.document(entry);
  }

  /** Every duplicate and merged row against the row finally kept for its id. */
  outcome(): { duplicates: Duplicate[]; merges: Merge[] } {
    const kept = (id: string): Source => this.byId.get(this.movedTo.get(id) ?? id)?.source ?? { file: '', line: 1 };
    return {
      duplicates: this.dropped.map((d) => ({ id: this.movedTo.get(d.id) ?? d.id, kept: kept(d.id), dropped: d.dropped })),
      merges: this.merged.map((m) => ({ id: this.movedTo.get(m.id) ?? m.id, kept: kept(m.id), merged: m.merged, fields: m.fields })),
    };
  }

  close(): void {
    this.store?.close();
    this.byId.close();
  }
}
