import { TEXT_COLUMNS, type ColumnField } from '#domain/columns.js';
import { FACETS, valueLabel, type Lang, type Words } from '#domain/facet-registry.js';
import { COLUMNS, JOIN } from '../columns.js';

// The Table Schema (Frictionless) of the export's CSV: one field per column, headed as in the file, typed and described.

interface TableField {
  name: string;
  title: string;
  description: string;
  type: 'string' | 'integer' | 'date';
  format?: 'uri';
  constraints?: { required?: boolean; unique?: boolean; enum?: string[] };
}

const NAMES = new Map<ColumnField, Words>([...TEXT_COLUMNS.map((c) => [c.field, c.name] as const), ...FACETS.map((f) => [f.field, f.name] as const)]);
const FACET_BY_FIELD = new Map(FACETS.map((f) => [f.field as ColumnField, f]));

const WORDS = {
  multi: { fr: `Valeurs séparées par « ${JOIN.trim()} », parmi : `, en: `Values separated by “${JOIN.trim()}”, among: ` },
  single: { fr: 'Une valeur parmi : ', en: 'One value among: ' },
  partners: { fr: `Partenaires séparés par « ${JOIN.trim()} », chacun suivi de son type entre parenthèses s’il est connu.`, en: `Partners separated by “${JOIN.trim()}”, each followed by its type in brackets when known.` },
  id: { fr: 'Identifiant stable de l’exemple (sa page : /exemples/<ID>).', en: 'Stable identifier of the example (its page: /exemples/<id>).' },
  year: { fr: 'Année de lancement.', en: 'Start year.' },
  updatedAt: { fr: 'Date de mise à jour déclarée par la source (AAAA-MM-JJ).', en: 'Update date given by the source (YYYY-MM-DD).' },
  website: { fr: 'Site web (http ou https).', en: 'Website (http or https).' },
  formula: { fr: ' Une cellule qui commencerait par = + - @ est précédée d’une apostrophe (protection des tableurs).', en: ' A cell that would start with = + - @ is prefixed with an apostrophe (spreadsheet protection).' },
};

function describe(field: ColumnField, lang: Lang): Omit<TableField, 'name' | 'title'> {
  const facet = FACET_BY_FIELD.get(field);
  if (facet) {
    const labels = facet.terms.map((t) => valueLabel(facet, t.id, lang, 'export'));
    return facet.multi
      ? { type: 'string', description: WORDS.multi[lang] + labels.join(' ; ') + '.' }
      : { type: 'string', description: WORDS.single[lang] + labels.join(' ; ') + '.', constraints: { enum: labels } };
  }
  if (field === 'id') return { type: 'string', description: WORDS.id[lang], constraints: { required: true, unique: true } };
  if (field === 'title') return { type: 'string', description: NAMES.get(field)![lang] + '.' + WORDS.formula[lang], constraints: { required: true } };
  if (field === 'year') return { type: 'integer', description: WORDS.year[lang] };
  if (field === 'updatedAt') return { type: 'date', description: WORDS.updatedAt[lang] };
  if (field === 'website') return { type: 'string', format: 'uri', description: WORDS.website[lang] };
  if (field === 'partners') return { type: 'string', description: WORDS.partners[lang] + WORDS.formula[lang] };
  return { type: 'string', description: NAMES.get(field)![lang] + '.' + WORDS.formula[lang] };
}

/** The CSV's Table Schema in a language (its field names are the CSV's headers in that language). */
export function tableSchema(lang: Lang) {
  const fields: TableField[] = COLUMNS.map((c) => ({ name: c[lang], title: NAMES.get(c.field)?.[lang] ?? c[lang], ...describe(c.field, lang) }));
  return { fields, primaryKey: [COLUMNS.find((c) => c.field === 'id')![lang]], missingValues: [''] };
}
