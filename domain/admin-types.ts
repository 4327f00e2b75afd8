import type { Example } from './example.js';

// The diff shapes of api.md « Curators », typed once for the server that builds them and the workspace that shows them.

export type DiffKind = 'added' | 'removed' | 'changed' | 'unchanged';

/** One field of a changed example, as its export cell reads before and after. */
export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

export interface DiffItem {
  kind: DiffKind;
  id: string;
  title: string;
  /** Added: the new example; removed: the one going; changed: both, with the fields that differ. */
  before?: Example;
  after?: Example;
  changes?: FieldChange[];
}

export interface DiffPage {
  items: DiffItem[];
  totalHits: number;
  page: number;
  hitsPerPage: number;
  totalPages: number;
}
