import type { DiffItem, DiffKind, DiffPage, FieldChange } from '#domain/admin-types.js';
import type { ImportMapping, MappingProfile } from '#domain/import-mapping.js';
import type { ColumnReport, FileReport, ImportReport } from '#domain/import-report.js';

// The shapes /api/admin answers with (api.md « Curators »), as the workspace reads them.

export type JobStatus = 'reading' | 'ready' | 'failed' | 'publishing' | 'published' | 'discarded';
export type { DiffKind };
export type DiffCounts = Record<DiffKind, number>;

// The report is the CLI's own (domain/import-report.ts), typed once; imported as types only (no zod in the page).
export type { ColumnReport, FileReport, ImportMapping, ImportReport, MappingProfile };

export interface ImportJob {
  id: string;
  status: JobStatus;
  progress: number;
  phase: string;
  by: string;
  createdAt: string;
  files: { name: string; size: number; kind: 'csv' | 'tsv' | 'xlsx'; signature: string | null }[];
  mapping: ImportMapping | null;
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

/** A saved profile: the importer's mapping (`profiles`), as `--mapping FILE` reads it, with its name and the signatures it is proposed for. */
export interface Profile extends ImportMapping {
  name: string;
  signatures: string[];
  by: string;
  updatedAt: string;
}
