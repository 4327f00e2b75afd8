import type { ExportMeta } from '../export-meta.js';
import { DATASET_TITLE, LICENCE, PUBLISHER } from '../dataset-credits.js';
import { tableSchema } from './table-schema.js';

// datapackage.json: a Frictionless Data Package (v1 profiles) with a Table Schema for the CSV and the JSON beside it.

/** What is known of a written file once streamed: its size, digest and, for the table, its rows. */
export interface WrittenFile {
  path: string;
  bytes: number;
  sha256: string;
}

export interface DescriptorInput {
  name: string;
  meta: ExportMeta;
  csv: WrittenFile & { rows: number; delimiter: ';' | ',' };
  json: WrittenFile;
}

const WORDS = {
  csv: { fr: 'Les exemples de la sélection, une ligne par exemple, libellés lisibles (tableur).', en: 'The selection’s examples, one row each, readable labels (spreadsheet).' },
  json: { fr: 'Les mêmes exemples, documents complets avec les identifiants de la taxonomie, et la description de la sélection (meta).', en: 'The same examples as whole documents with taxonomy ids, and the selection’s description (meta).' },
};

/** The descriptor of a package holding `csv` and `json` (the row count is the CSV's, also in `meta.total`). */
export function packageDescriptor({ name, meta, csv, json }: DescriptorInput) {
  const lang = meta.lang;
  return {
    profile: 'data-package',
    name,
    title: DATASET_TITLE[lang],
    description: meta.description.join('\n'),
    homepage: meta.link,
    created: meta.exportedAt,
    dataVersion: meta.dataVersion,
    keywords: ['ODD 17', 'SDG 17', 'partenariats', 'partnerships'],
    licenses: [{ name: LICENCE.name, title: LICENCE.title[lang], path: LICENCE.path }],
    contributors: [{ title: PUBLISHER[lang], role: 'publisher' }],
    sources: [{ title: PUBLISHER[lang], path: meta.link }],
    citation: meta.citation,
    resources: [
      {
        profile: 'tabular-data-resource',
        name: 'exemples',
        path: csv.path,
        title: DATASET_TITLE[lang],
        description: WORDS.csv[lang],
        format: 'csv',
        mediatype: 'text/csv',
        // Without a BOM (Frictionless readers would read it into the first header); the plain CSV export keeps one for Excel.
        encoding: 'utf-8',
        bytes: csv.bytes,
        hash: `sha256:${csv.sha256}`,
        // frictionless-py's statistics, which its validator checks against the file.
        stats: { bytes: csv.bytes, sha256: csv.sha256, fields: tableSchema(lang).fields.length, rows: csv.rows },
        dialect: { delimiter: csv.delimiter, lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: tableSchema(lang),
      },
      {
        profile: 'data-resource',
        name: 'exemples-json',
        path: json.path,
        description: WORDS.json[lang],
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        bytes: json.bytes,
        hash: `sha256:${json.sha256}`,
      },
    ],
  };
}
