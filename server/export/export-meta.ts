import type { Lang, Sort } from '#domain/facet-registry.js';
import type { Filters } from '#domain/query.js';
import { citation } from './citation.js';
import { describeSelection, lineText, type DescriptionLine } from './describe-selection.js';
import { activeFilters } from './file-name.js';
import { selectionLink } from './selection-link.js';

/** What an export says about itself: for programs (query, filters as ids, sort…) and for people (lines, link, citation). */
export interface ExportMeta {
  query: string;
  filters: Partial<Filters>;
  sort: Sort;
  total: number;
  exportedAt: string;
  dataVersion: string | null;
  lang: Lang;
  /** The selection in words, in the export's language: « Région : Bretagne, Normandie ». */
  description: string[];
  /** The link that reopens the same search, made on this data version. */
  link: string;
  citation: string;
}

export interface ExportContext {
  filters: Filters;
  sort: Sort;
  lang: Lang;
  total: number;
  dataVersion: string | null;
  at: Date;
  /** The site's public origin (https://host), for the link. */
  origin: string;
}

/** The meta of an export and the description lines it was made from (the XLSX sheet and the README show the lines). */
export function exportMeta(ctx: ExportContext): { meta: ExportMeta; lines: DescriptionLine[] } {
  const link = selectionLink(ctx.origin, ctx.filters, { sort: ctx.sort, dataVersion: ctx.dataVersion, lang: ctx.lang });
  const lines = describeSelection(ctx.filters, { sort: ctx.sort, total: ctx.total, at: ctx.at, dataVersion: ctx.dataVersion, link }, ctx.lang);
  const meta: ExportMeta = {
    query: ctx.filters.q ?? '',
    filters: activeFilters(ctx.filters),
    sort: ctx.sort,
    total: ctx.total,
    exportedAt: ctx.at.toISOString(),
    dataVersion: ctx.dataVersion,
    lang: ctx.lang,
    description: lines.map((l) => lineText(l, ctx.lang)),
    link,
    citation: citation(ctx.filters, { at: ctx.at, dataVersion: ctx.dataVersion, link }, ctx.lang),
  };
  return { meta, lines };
}
