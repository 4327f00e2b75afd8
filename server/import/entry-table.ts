import type { Example } from '#domain/example.js';
import type { ExampleKey } from '#domain/normalise/merge.js';
import { RecordStore, type StoreRef } from './record-store.js';

/** What a conflict and the report show of an example (as written), kept on disk: only a merge or a conflict reads it. */
export interface About {
  title: string;
  lead?: string;
  regions: string[];
  unmapped: Example['unmapped'];
}

/** What a run keeps of each example while files are read: enough to tell duplicates, merges and conflicts apart, and to report. */
export interface Entry {
  id: string;
  key: ExampleKey;
  updatedAt?: string;
  mask: number;
  source: Example['source'];
  derived: boolean;
  /** A derived id without lead or region: it may be merged into another example at the end, so it is sent only then. */
  held: boolean;
  /** Where the document is (publishing only: a dry run keeps no documents). */
  ref?: StoreRef;
  /** Set on a new entry; read back from disk (`EntryTable.about`) for a stored one. */
  about?: About;
  aboutRef?: StoreRef;
  hasUnmapped: boolean;
}

const DERIVED = 1;
const HELD = 2;
const UNMAPPED = 4;

/** Strings met again and again (regions, dates, file names) as small numbers; 0 is « none ». */
class Interned {
  private readonly ids = new Map<string, number>();
  private readonly values: (string | undefined)[] = [undefined];
  id(value: string | undefined): number {
    if (value === undefined) return 0;
    let id = this.ids.get(value);
    if (id === undefined) this.ids.set(value, (id = this.values.push(value) - 1));
    return id;
  }
  value(id: number): string | undefined {
    return this.values[id];
  }
}

// One typed array per field of the summary, a slot per example.
const COLUMNS = {
  titleHash: Float64Array, leadHash: Float64Array, refOffset: Float64Array, aboutOffset: Float64Array, refLength: Int32Array, aboutLength: Int32Array,
  mask: Int32Array, line: Int32Array, date: Int32Array, file: Int32Array, region: Uint16Array, flags: Uint8Array,
};
type Columns = { [K in keyof typeof COLUMNS]: InstanceType<(typeof COLUMNS)[K]> };

/** The columns with room for `size` slots, what `from` holds copied in. */
function columns(size: number, from?: Columns): Columns {
  const out = {} as Record<string, Float64Array | Int32Array | Uint16Array | Uint8Array>;
  for (const [name, Type] of Object.entries(COLUMNS)) {
    out[name] = new Type(size);
    if (from) out[name].set(from[name as keyof Columns]);
  }
  return out as Columns;
}

/**
 * The per-id summary of a run, one slot per example in typed arrays and its texts on disk, so memory stays nearly flat
 * with the rows (~70 bytes an example beside its id, against ~1.1 KB as objects; decision 49). Ids keep their order of
 * first appearance.
 */
export class EntryTable {
  private readonly slots = new Map<string, number>();
  private readonly abouts = new RecordStore<About>();
  private readonly regions = new Interned();
  private readonly dates = new Interned();
  private readonly files = new Interned();
  private count = 0;
  private c = columns(1024);

  get size(): number {
    return this.slots.size;
  }

  get(id: string): Entry | undefined {
    const slot = this.slots.get(id);
    return slot === undefined ? undefined : this.at(id, slot);
  }

  /** Stores `entry` under its id (in place when the id is known: it keeps its order). */
  set(entry: Entry): void {
    let slot = this.slots.get(entry.id);
    if (slot === undefined) {
      slot = this.count++;
      this.grow(this.count);
      this.slots.set(entry.id, slot);
    }
    this.c.titleHash[slot] = entry.key.title;
    this.c.leadHash[slot] = entry.key.lead;
    this.c.region[slot] = this.regions.id(entry.key.region);
    this.c.date[slot] = this.dates.id(entry.updatedAt);
    this.c.mask[slot] = entry.mask;
    this.c.file[slot] = this.files.id(entry.source.file);
    this.c.line[slot] = entry.source.line;
    this.c.flags[slot] = (entry.derived ? DERIVED : 0) | (entry.held ? HELD : 0) | (entry.hasUnmapped ? UNMAPPED : 0);
    this.c.refOffset[slot] = entry.ref?.offset ?? -1;
    this.c.refLength[slot] = entry.ref?.length ?? 0;
    const about = entry.about ? this.abouts.put(entry.about) : entry.aboutRef!;
    this.c.aboutOffset[slot] = about.offset;
    this.c.aboutLength[slot] = about.length;
  }

  delete(id: string): void {
    this.slots.delete(id);
  }

  /** The texts of an entry, from disk unless it was just built. */
  about(entry: Entry): About {
    return entry.about ?? this.abouts.get(entry.aboutRef!);
  }

  *values(): Generator<Entry> {
    for (const [id, slot] of this.slots) yield this.at(id, slot);
  }

  close(): void {
    this.abouts.close();
  }

  private at(id: string, slot: number): Entry {
    const flags = this.c.flags[slot]!;
    const updatedAt = this.dates.value(this.c.date[slot]!);
    return {
      id, key: { title: this.c.titleHash[slot]!, lead: this.c.leadHash[slot]!, region: this.regions.value(this.c.region[slot]!) ?? '' },
      ...(updatedAt ? { updatedAt } : {}), mask: this.c.mask[slot]!, source: { file: this.files.value(this.c.file[slot]!)!, line: this.c.line[slot]! },
      derived: (flags & DERIVED) !== 0, held: (flags & HELD) !== 0, hasUnmapped: (flags & UNMAPPED) !== 0,
      ...(this.c.refOffset[slot]! >= 0 ? { ref: { offset: this.c.refOffset[slot]!, length: this.c.refLength[slot]! } } : {}),
      aboutRef: { offset: this.c.aboutOffset[slot]!, length: this.c.aboutLength[slot]! },
    };
  }

  private grow(size: number): void {
    if (size > this.c.flags.length) this.c = columns(this.c.flags.length * 2, this.c);
  }
}
