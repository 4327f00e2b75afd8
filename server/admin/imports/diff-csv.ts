import type { Response } from 'express';
import type { EngineClient } from '../../engine-client/engine-client.js';
import { BOM, neutralise, toSpreadsheetCsv } from '../../csv/spreadsheet-csv.js';
import type { DiffKind } from '../../publish/diff-indexes.js';
import { allDiffItems, type DiffItem, type DiffSource } from './diff-store.js';

// The diff as a spreadsheet (UTF-8 with BOM, `;`): one row per added, removed or unchanged example, one row per changed
// field of a changed one, streamed a page at a time.

const KIND_LABELS: Record<DiffKind, string> = { added: 'ajouté', removed: 'retiré', changed: 'modifié', unchanged: 'inchangé' };
const HEADER = ['Changement', 'ID', 'Titre', 'Champ', 'Avant', 'Après'];

function rowsOf(item: DiffItem): string[][] {
  const kind = KIND_LABELS[item.kind];
  if (item.kind === 'changed' && item.changes?.length) return item.changes.map((c) => [kind, item.id, item.title, c.label, c.before, c.after]);
  return [[kind, item.id, item.title, '', '', '']];
}

export async function streamDiffCsv(engine: EngineClient, source: DiffSource, kind: DiffKind | undefined, res: Response, fileName: string): Promise<void> {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  res.write(BOM + toSpreadsheetCsv([HEADER]));
  for await (const items of allDiffItems(engine, source, kind)) {
    const ok = res.write(toSpreadsheetCsv(items.flatMap(rowsOf).map((row) => row.map(neutralise))));
    if (!ok) await new Promise((resolve) => res.once('drain', resolve));
  }
  res.end();
}
