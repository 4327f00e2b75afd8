import type { Lang } from '#domain/facet-registry.js';
import type { ExportMeta } from '../export-meta.js';
import { attribution, DATASET_TITLE, LICENCE, PUBLISHER } from '../dataset-credits.js';
import { tableSchema } from './table-schema.js';

// The package's README (what the set is, its files, how to cite it, its columns) and its licence file, in its language.

const T = {
  fr: {
    intro: 'Ce paquet de données contient la sélection suivante :',
    files: 'Fichiers',
    csv: 'les exemples, une ligne chacun, avec des libellés lisibles ; UTF-8 sans BOM (dans Excel : Données › À partir d’un fichier texte/CSV)',
    json: 'les mêmes exemples, documents complets (identifiants de la taxonomie), et la description de la sélection (`meta`)',
    descriptor: 'la description Frictionless Data Package : Table Schema de chaque colonne, nombre de lignes, taille et empreinte des fichiers',
    licenceFile: 'la licence',
    cite: 'Citer ce jeu de données',
    reopen: 'Le lien rouvre la même recherche sur le site ; s’il a changé depuis cette version des données, la page dit combien d’exemples ont été ajoutés ou modifiés.',
    rights: 'Attribution et licence',
    columns: 'Colonnes',
    column: 'Colonne',
    content: 'Contenu',
  },
  en: {
    intro: 'This data package holds the following selection:',
    files: 'Files',
    csv: 'the examples, one row each, with readable labels; UTF-8 without a BOM (in Excel: Data › From Text/CSV)',
    json: 'the same examples as whole documents (taxonomy ids), and the selection’s description (`meta`)',
    descriptor: 'the Frictionless Data Package descriptor: a Table Schema for every column, row count, file sizes and digests',
    licenceFile: 'the licence',
    cite: 'How to cite this data set',
    reopen: 'The link reopens the same search on the site; if the data changed since this data version, the page says how many examples were added or changed.',
    rights: 'Attribution and licence',
    columns: 'Columns',
    column: 'Column',
    content: 'Content',
  },
} as const;

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** README.md of a package. */
export function packageReadme(meta: ExportMeta, files: { csv: string; json: string }): string {
  const t = T[meta.lang];
  const fields = tableSchema(meta.lang).fields;
  return [
    `# ${DATASET_TITLE[meta.lang]}`,
    '',
    t.intro,
    '',
    ...meta.description.map((line) => `- ${line}`),
    '',
    `## ${t.files}`,
    '',
    `- \`${files.csv}\` : ${t.csv}`,
    `- \`${files.json}\` : ${t.json}`,
    `- \`datapackage.json\` : ${t.descriptor}`,
    `- \`LICENCE.md\` : ${t.licenceFile}`,
    '',
    `## ${t.cite}`,
    '',
    `> ${meta.citation}`,
    '',
    t.reopen,
    '',
    `## ${t.rights}`,
    '',
    attribution(meta.lang),
    '',
    `## ${t.columns}`,
    '',
    `| ${t.column} | ${t.content} |`,
    '| --- | --- |',
    ...fields.map((f) => `| ${cell(f.name)} | ${cell(f.description)} |`),
    '',
  ].join('\n').replace(/^- (`[^`]+`) : /gm, meta.lang === 'fr' ? '- $1 : ' : '- $1: ');
}

/** LICENCE.md: which licence, where its text is, what it asks. */
export function licenceText(lang: Lang): string {
  return lang === 'fr'
    ? `# ${LICENCE.title.fr}\n\nLes données de ce paquet sont publiées par ${PUBLISHER.fr} sous la ${LICENCE.title.fr}.\n\nTexte officiel : ${LICENCE.path}\n\nVous pouvez les reproduire, les copier, les adapter, les modifier, les extraire, les transformer et les diffuser, y compris à des fins commerciales, à condition de mentionner leur source et la date de leur dernière mise à jour :\n\n> ${attribution('fr')}\n`
    : `# ${LICENCE.title.en}\n\nThe data in this package is published by ${PUBLISHER.en} under the ${LICENCE.title.en}.\n\nOfficial text: ${LICENCE.path}\n\nYou may reproduce, copy, adapt, modify, extract, transform and distribute it, including for commercial purposes, provided you credit its source and the date of its last update:\n\n> ${attribution('en')}\n`;
}
