import type { Response } from 'express';
import type { ExportQuery } from '#domain/query.js';
import type { SearchContext } from '../engine-client/multi-search.js';
import type { ExportSlots } from './export-slots.js';
import { activeFilters, exportFileName } from './file-name.js';
import { readAllMatches } from './read-all.js';
import { ExportAbortedError } from './sink.js';
import { writeCsv, writeJson, writeNdjson } from './write-text.js';
import { writeXlsx } from './write-xlsx.js';

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  ndjson: 'application/x-ndjson; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** RFC 6266: an ASCII fallback plus the exact UTF-8 name. */
function attachment(fileName: string): string {
  return `attachment; filename="${fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * Streams every example matching the query in the requested format, with its total in X-Total-Count and the file
 * name, once a slot is free (beyond `slots`' bound: 503). Each format ends in a way that proves it whole (api.md).
 */
export async function streamExport(ctx: SearchContext, query: ExportQuery, res: Response, now: Date, slots: ExportSlots): Promise<void> {
  const { format, sort, sep, lang, ...filters } = query;
  const ticket = await slots.acquire(res);
  try {
    const set = await readAllMatches(ctx, filters, sort);
    const meta = { query: filters.q ?? '', filters: activeFilters(filters), sort, total: set.total, exportedAt: now.toISOString(), dataVersion: set.dataVersion };
    res.status(200);
    res.setHeader('Content-Type', CONTENT_TYPES[format]);
    res.setHeader('Content-Disposition', attachment(exportFileName(filters, format, now, set.total)));
    res.setHeader('X-Total-Count', String(set.total));
    res.setHeader('Cache-Control', 'no-store');
    try {
      if (format === 'csv') await writeCsv(set, res, { separator: sep === 'comma' ? ',' : ';', lang });
      else if (format === 'json') await writeJson(set, res, meta);
      else if (format === 'ndjson') await writeNdjson(set, res);
      else await writeXlsx(set, res, meta, lang);
      res.end();
    } catch (error) {
      if (error instanceof ExportAbortedError) return;
      throw error;
    } finally {
      await set.batches.return(undefined);
    }
  } finally {
    ticket.release();
  }
}
