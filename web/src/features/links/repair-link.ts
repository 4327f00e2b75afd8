import { DATA_VERSION_PATTERN } from '#domain/api-types.js';
import { MEASURES } from '#domain/cross-table-measures.js';
import { FACETS, QUERY_LIMITS, SORTS, STATS_DIMENSIONS, YEARS, termOf } from '#domain/facet-registry.js';
import type { MessageKey } from '../../lib/i18n-fr';
import { isYear } from '../../lib/search-state';
import { shorten } from '../../lib/shorten';

// A link is never an error (web.md): what the API would refuse is dropped here, before any request, and said.

export interface Notice {
  key: MessageKey;
  vars: Record<string, string | number>;
}

const FACET_BY_PARAM = new Map(FACETS.map((f) => [f.param, f]));
/** Params of one value each, with the test a value must pass (the API's rules, in the page's words). */
const SINGLE: Record<string, { ok: (v: string) => boolean; notice: MessageKey }> = {
  yearMin: { ok: isYear, notice: 'noticeBadYear' },
  yearMax: { ok: isYear, notice: 'noticeBadYear' },
  sort: { ok: (v) => (SORTS as readonly string[]).includes(v), notice: 'noticeBadSort' },
  page: { ok: (v) => /^\d{1,9}$/.test(v) && Number(v) >= 1, notice: 'noticeBadPage' },
  rows: { ok: (v) => (STATS_DIMENSIONS as readonly string[]).includes(v), notice: 'noticeBadAxis' },
  cols: { ok: (v) => (STATS_DIMENSIONS as readonly string[]).includes(v), notice: 'noticeBadAxis' },
  measure: { ok: (v) => (MEASURES as readonly string[]).includes(v), notice: 'noticeBadValue' },
  split: { ok: (v) => v !== 'year' && (STATS_DIMENSIONS as readonly string[]).includes(v), notice: 'noticeBadAxis' },
  v: { ok: (v) => DATA_VERSION_PATTERN.test(v), notice: 'noticeBadValue' },
  lang: { ok: (v) => v === 'fr' || v === 'en', notice: 'noticeBadValue' },
  presenter: { ok: (v) => v === '1', notice: 'noticeBadValue' },
};

/** The params with every value the API would refuse removed (or cut, for a long query), and what was done, to say it. */
export function repairParams(params: URLSearchParams): { params: URLSearchParams; notices: Notice[] } {
  const out = new URLSearchParams();
  const notices: Notice[] = [];
  const seen = new Set<string>();
  for (const [key, value] of params) {
    const facet = FACET_BY_PARAM.get(key as never);
    if (facet) {
      if (seen.has(`${key}=${value}`)) continue; // a repeated value means the same filter
      seen.add(`${key}=${value}`);
      if (termOf(facet, value) && String(termOf(facet, value)!.id) === value) out.append(key, value);
      else notices.push({ key: 'noticeUnknownValue', vars: { value: shorten(value) } });
    } else if (key === 'q') {
      if (out.has('q')) continue;
      if (value.length > QUERY_LIMITS.qMaxLength) notices.push({ key: 'noticeQueryCut', vars: { max: QUERY_LIMITS.qMaxLength } });
      out.set('q', value.slice(0, QUERY_LIMITS.qMaxLength));
    } else if (SINGLE[key]) {
      if (out.has(key)) continue;
      if (SINGLE[key].ok(value)) out.set(key, value);
      else notices.push({ key: SINGLE[key].notice, vars: { value: shorten(value), param: key, min: YEARS.min, max: YEARS.max } });
    } else notices.push({ key: 'noticeUnknownParam', vars: { param: shorten(key) } });
  }
  return { params: out, notices };
}
