import { COLUMN_FIELDS, IGNORE } from '#domain/mapping-fields.js';
import { fieldName } from '#domain/report-words.js';
import { fieldOf, type EditedColumn, type MappingDraft } from '../lib/mapping-draft';
import { n } from '../lib/format';

const FIELDS = COLUMN_FIELDS.map((field) => [field, fieldName(field)] as const);

/** How the import read a column, in the report's words (header, mapping, content with its figures, ignored, contact). */
export function howRead(column: Pick<EditedColumn, 'how' | 'recognised'>): string {
  switch (column.how) {
    case 'header':
      return 'par son en-tête';
    case 'mapping':
      return 'par la correspondance';
    case 'content':
      return `par son contenu : ${n(column.recognised?.values ?? 0)} valeurs reconnues sur ${n(column.recognised?.of ?? 0)} — à confirmer`;
    case 'contact':
      return 'ignorée : coordonnées de personnes (jamais lues ni publiées)';
    default:
      return 'ignorée : en-tête inconnu';
  }
}

/** Columns with, for each, a choice of the field it fills, or to ignore it. */
export function MappingColumns({ caption, columns, draft, onChange }: { caption: string; columns: EditedColumn[]; draft: MappingDraft; onChange: (header: string, field: string) => void }) {
  if (!columns.length) return <p>Aucune colonne à vérifier : chaque colonne a été reconnue par son en-tête.</p>;
  return (
    <div className="table-scroll">
      <table className="admin-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">En-tête dans le fichier</th>
            <th scope="col">Lue comme</th>
            <th scope="col">Lue jusqu’ici</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((c) => (
            <tr key={c.header} className={c.field && c.how !== 'content' ? undefined : 'row--warn'}>
              <th scope="row">
                « {c.header} » <span className="muted column-files">{c.files.join(', ')}</span>
              </th>
              <td>
                <select aria-label={`Champ de la colonne « ${c.header} »`} value={fieldOf(draft, c)} onChange={(e) => onChange(c.header, e.target.value)}>
                  <option value={IGNORE}>— Ignorer cette colonne —</option>
                  {FIELDS.map(([field, name]) => (
                    <option key={field} value={field}>
                      {name}
                    </option>
                  ))}
                </select>
              </td>
              <td>{howRead(c)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
