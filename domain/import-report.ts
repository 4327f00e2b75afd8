import { z } from 'zod';

// The JSON report of an import run (data-format.md §4): what the CLI writes beside its summary and what the curators'
// workspace renders. Every text in it that came from a file has its e-mail addresses and phone numbers masked.

const Source = z.object({ file: z.string(), line: z.number().int().min(1) });
/** Where a value was seen first (at most five lines). */
const FirstLines = z.array(Source).max(5);

/** What one column of a file was used for, and how it was decided. */
export const ColumnReportSchema = z.object({
  /** 1-based position in the file (A = 1 in a spreadsheet). */
  position: z.number().int().min(1),
  header: z.string(),
  /** The field it fills; absent when it is ignored. */
  field: z.string().optional(),
  /** header: named by its header; mapping: by the mapping file; content: by its values; ignored, contact: left out. */
  how: z.enum(['header', 'mapping', 'content', 'ignored', 'contact', 'rejects-file']),
  /** For a column read by its content: values recognised out of its non-empty values (all rows of the file). */
  recognised: z.object({ values: z.number().int(), of: z.number().int() }).optional(),
});

/** The rows of a file whose cell count is not the header's (never mapped by position). */
export const RaggedSchema = z.object({ rows: z.number().int(), headerCells: z.number().int(), fewest: z.number().int(), most: z.number().int() });

export const FileReportSchema = z.object({
  file: z.string(),
  kind: z.enum(['csv', 'xlsx']),
  /** The sheet read (a workbook), and every sheet it has. */
  sheet: z.string().optional(),
  sheets: z.array(z.string()).optional(),
  encoding: z.enum(['utf-8', 'utf-8-bom', 'windows-1252', 'utf-16le', 'utf-16be']).optional(),
  delimiter: z.enum([';', ',', '\t', '|']).optional(),
  /** Line (row of a sheet) of the header; lines above it (a banner, a date) are skipped. */
  headerLine: z.number().int(),
  header: z.array(z.string()),
  /** headerSignature() of the header: the key of a saved mapping profile. */
  signature: z.string(),
  /** The mapping profile applied, by name (or "sans nom"). */
  profile: z.string().optional(),
  rows: z.number().int(),
  rejected: z.number().int(),
  columns: z.array(ColumnReportSchema),
  /** Non-empty headers that fill no field (ignored), contact columns included. */
  extraColumns: z.array(z.string()),
  titleColumn: z.boolean(),
  /** Set when the ID column names categories (few values, each shared by different examples): ids were derived instead. */
  idColumn: z.object({ header: z.string(), values: z.number().int(), examples: z.number().int(), used: z.boolean() }).optional(),
  ragged: RaggedSchema.optional(),
  /** File-level messages, most important first (a header read as one cell, most rows ragged, a category ID column…). */
  problems: z.array(z.string()),
});

export const RejectSchema = Source.extend({ reason: z.string(), cells: z.array(z.string()) });

/** Rows of one id: the kept one and the other. */
export const DuplicateSchema = z.object({ id: z.string(), kept: Source, dropped: Source });
/** A row merged into the kept one: the fields it filled or completed. */
export const MergeSchema = z.object({ id: z.string(), kept: Source, merged: Source, fields: z.array(z.string()) });
/** One side of a conflict, as a curator compares them. */
const Side = Source.extend({ title: z.string(), lead: z.string().optional(), regions: z.array(z.string()), updatedAt: z.string().optional() });
/** Rows of one id that say different examples (another title or lead), or a row that could belong to several: never merged. */
export const ConflictSchema = z.object({
  id: z.string(),
  kind: z.enum(['title', 'lead', 'ambiguous']),
  kept: Side,
  other: Side,
});
/** Repeated columns of a single-valued field that disagree on a row: the first is kept. */
export const CellConflictSchema = Source.extend({ field: z.string(), values: z.array(z.string()) });

export const UnmappedValueSchema = z.object({ value: z.string(), count: z.number().int(), firstLines: FirstLines });
/** By field: rows with at least one unmapped value, and the values, most frequent first. */
export const UnmappedFieldSchema = z.object({ rows: z.number().int(), values: z.array(UnmappedValueSchema) });

/** Values read beyond the letter of a cell (compound labels, tags, a year in a text, a link among other things, a type from a name). */
export const InferredSchema = z.object({
  field: z.string(),
  rule: z.enum(['compound', 'tags', 'year-in-text', 'first-link', 'title-link', 'name']),
  rows: z.number().int(),
  examples: z.array(z.object({ from: z.string(), to: z.string() })).max(3),
  firstLines: FirstLines,
});

export const TruncatedFieldSchema = z.object({ limit: z.number().int(), rows: z.number().int(), longest: z.number().int(), firstLines: z.array(Source.extend({ length: z.number().int() })) });

export const CountsSchema = z.object({
  files: z.number().int(),
  rowsRead: z.number().int(),
  imported: z.number().int(),
  rejected: z.number().int(),
  duplicates: z.number().int(),
  merged: z.number().int(),
  /** Rows left out because another row of their id says another example. */
  conflicts: z.number().int(),
  /** Rows with at least one unmapped value. */
  unmapped: z.number().int(),
  /** Rows read (duplicates included) with at least one text cut to its limit. */
  truncated: z.number().int(),
  /** Rows read (duplicates included) with at least one inferred value. */
  inferred: z.number().int(),
  /** E-mail addresses and phone numbers taken out of the texts and values of the rows read. */
  masked: z.number().int(),
});

/** What a version changes against the one it replaces. */
export const DiffCountsSchema = z.object({ added: z.number().int(), removed: z.number().int(), changed: z.number().int(), unchanged: z.number().int() });

export const ImportReportSchema = z.object({
  dryRun: z.boolean(),
  index: z.string().optional(),
  startedAt: z.string(),
  durationMs: z.number(),
  /** Set when the run stopped: nothing was published. */
  fatal: z.object({ message: z.string() }).optional(),
  files: z.array(FileReportSchema),
  /** Files of the folders given that are not exports (left out). */
  skippedFiles: z.array(z.string()),
  counts: CountsSchema,
  /** What a curator should look at first, in French, most important first. */
  attention: z.array(z.string()),
  rejects: z.array(RejectSchema),
  duplicates: z.array(DuplicateSchema),
  merges: z.array(MergeSchema),
  conflicts: z.array(ConflictSchema),
  cellConflicts: z.array(CellConflictSchema),
  unmapped: z.record(z.string(), UnmappedFieldSchema),
  inferred: z.array(InferredSchema),
  truncated: z.record(z.string(), TruncatedFieldSchema),
  /** The data set built (its version, and what it changes against the live base), when not a dry run. */
  dataset: z.object({ id: z.string(), dataVersion: z.string(), importedAt: z.string(), documents: z.number(), files: z.array(z.string()), diff: DiffCountsSchema.optional() }).optional(),
  /** The publication, once the new version is live (as the history records it). */
  published: z.object({
    id: z.string(), action: z.enum(['import', 'rollback']), dataVersion: z.string(), previousVersion: z.string().nullable(), publishedAt: z.string(),
    by: z.string(), files: z.array(z.string()), documents: z.number(), diff: DiffCountsSchema,
  }).optional(),
  reportFile: z.string().optional(),
  /** Set when the run published but its report files could not be written (why, with the system's code). */
  reportError: z.string().optional(),
  /** One rejects file per source file with rejects: its own headers plus `ligne` and `motif`, re-importable as it is. */
  rejectsFiles: z.array(z.object({ file: z.string(), path: z.string() })),
  /** The mapping proposed for what this run could not map, ready to edit and pass to --mapping. */
  mappingFile: z.string().optional(),
});

export type ImportReport = z.infer<typeof ImportReportSchema>;
export type FileReport = z.infer<typeof FileReportSchema>;
export type ColumnReport = z.infer<typeof ColumnReportSchema>;
export type Reject = z.infer<typeof RejectSchema>;
export type Duplicate = z.infer<typeof DuplicateSchema>;
export type Merge = z.infer<typeof MergeSchema>;
export type Conflict = z.infer<typeof ConflictSchema>;
export type CellConflict = z.infer<typeof CellConflictSchema>;
export type UnmappedValue = z.infer<typeof UnmappedValueSchema>;
export type UnmappedField = z.infer<typeof UnmappedFieldSchema>;
export type Inferred = z.infer<typeof InferredSchema>;
export type Counts = z.infer<typeof CountsSchema>;
export type TruncatedField = z.infer<typeof TruncatedFieldSchema>;
