import type { Response } from 'express';
import type { ExportQuery } from '#domain/query.js';
import type { SearchContext } from '../engine-client/multi-search.js';
import { writeDataPackage } from './data-package/write-package.js';
import { exportMeta } from './export-meta.js';
import type { ExportSlots } from './export-slots.js';
import { exportFileName, exportSlug } from './file-name.js';
import { readAllMatches } from './read-all.js';
import { ExportAbortedError } from './sink.js';
import { writeCsv, writeJson, writeNdjson } from './write-text.js';
import { writeXlsx } from './write-xlsx.js';

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  ndjson: 'application/x-ndjson; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  datapackage: 'application/zip',
} as const;

const EXTENSIONS = { csv: 'csv', json: 'json', ndjson: 'ndjson', xlsx: 'xlsx', datapackage: 'zip' } as const;

/** RFC 6266: an ASCII fallback plus the exact UTF-8 name. */
export function attachment(fileName: string): string {
  return `attachment; filename="${fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** A data package's name: lowercase, as datapackage.json wants it, saying what the set is. */
export const packageName = (slug: string): string => `odd17-exemples${slug ? `-${slug}` : ''}`;

/**
 * Streams every example matching the query in the requested format, with its total in X-Total-Count and the file name,
 * once a slot is free (beyond `slots`' bound: 503). Each format ends in a way that proves it whole (api.md). `origin`:
 * the site's, for the link that reopens the search.
 */
export async function streamExport(ctx: SearchContext, query: ExportQuery, res: Response, now: Date, origin: string, slots: ExportSlots): Promise<void> {
  const { format, sort, sep, lang, ...filters } = query;
  const ticket = await slots.acquire(res);
  try {
    const set = await readAllMatches(ctx, filters, sort);
    const described = () => exportMeta({ filters, sort, lang, total: set.total, dataVersion: set.dataVersion, at: now, origin });
    res.status(200);
    res.setHeader('Content-Type', CONTENT_TYPES[format]);
    res.setHeader('Content-Disposition', attachment(exportFileName(filters, EXTENSIONS[format], now, set.total)));
    res.setHeader('X-Total-Count', String(set.total));
    res.setHeader('Cache-Control', 'no-store');
    const separator = sep === 'comma' ? ',' : ';';
    try {
      if (format === 'csv') await writeCsv(set, res, { separator, lang });
      else if (format === 'json') await writeJson(set, res, described().meta);
      else if (format === 'ndjson') await writeNdjson(set, res);
      else if (format === 'xlsx') {
        const { meta, lines } = described();
        await writeXlsx(set, res, { lines, citation: meta.citation }, lang);
      } else {
        await writeDataPackage(set, () => readAllMatches(ctx, filters, sort), res, { name: packageName(exportSlug(filters)), separator, lang, metaOf: () => described().meta });
        return;
      }
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
