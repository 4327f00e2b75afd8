import type { DiffItem, DiffKind, DiffPage, FieldChange } from '#domain/admin-types.js';
import type { ColumnMapping } from '#domain/mapping.js';

// The shapes /api/admin answers with (api.md « Curators »), as the workspace reads them.

export type JobStatus = 'reading' | 'ready' | 'failed' | 'publishing' | 'published' | 'discarded';
export type { DiffKind };
export type DiffCounts = Record<DiffKind, number>;

export interface ColumnReport {
  header: string;
  field: string | null;
  how: 'header' | 'mapping' | 'repeated' | 'unknown';
}

export interface FileReport {
  file: string;
  encoding: string;
  delimiter: string;
  rows: number;
  rejected: number;
  extraColumns: string[];
  columns?: ColumnReport[];
  header: string[];
  titleColumn: boolean;
}

export interface Source {
  file: string;
  line: number;
}

export interface ImportReport {
  files: FileReport[];
  counts: { files: number; rowsRead: number; imported: number; rejected: number; duplicates: number; unmappedValues: number; truncated: number };
  rejects: (Source & { reason: string; cells: string[] })[];
  duplicates: { id: string; kept: Source; dropped: Source }[];
  unmapped: Record<string, { value: string; count: number; firstLines: Source[] }[]>;
}

export interface ImportJob {
  id: string;
  status: JobStatus;
  progress: number;
  phase: string;
  by: string;
  createdAt: string;
  files: { name: string; size: number; kind: 'csv' | 'tsv' | 'xlsx'; signature: string | null }[];
  mapping: ColumnMapping;
  profile: string | null;
  profileSuggestions: string[];
  report: ImportReport | null;
  diff: DiffCounts | null;
  removal: { removed: number; base: number; share: number; needsConfirmation: boolean; thresholdPercent: number };
  error: string | null;
  dataVersion: string | null;
}

export type { DiffItem, DiffPage, FieldChange };

export interface Version {
  id: string;
  action: 'import' | 'rollback';
  dataVersion: string;
  publishedAt: string;
  by: string;
  files: string[];
  counts: { documents: number } & DiffCounts;
  live: boolean;
  sameAsLive: boolean;
  restorable: boolean;
  importId: string | null;
}

export interface RestoreJob {
  id: string;
  status: JobStatus;
  phase: string;
  dataVersion: string;
  error: string | null;
}

export interface Profile {
  name: string;
  mapping: ColumnMapping;
  signatures: string[];
  by: string;
  updatedAt: string;
}
