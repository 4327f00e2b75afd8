import { useState } from 'react';
import { TEXT_COLUMNS } from '#domain/columns.js';
import { FACETS, valueLabel } from '#domain/facet-registry.js';
import type { ColumnField } from '#domain/columns.js';
import { facetForValueField, type ColumnMapping } from '#domain/mapping.js';
import { remapImport } from '../api/imports';
import type { ColumnReport, ImportJob } from '../lib/admin-types';
import { n } from '../lib/format';
import { SaveProfile } from './save-profile';

const FIELDS: [string, string][] = [...TEXT_COLUMNS, ...FACETS].map((c) => [c.field, c.name.fr]);
const FIELD_NAME = new Map(FIELDS);
const HOW: Record<ColumnReport['how'], string> = { header: 'reconnue par son nom', mapping: 'choisie', repeated: 'ignorée : même champ qu’une autre colonne', unknown: 'ignorée : nom inconnu' };
const VALUE_FIELD_NAME = (field: string) => (field === 'lead.type' ? 'Type de porteur' : FIELD_NAME.get(field) ?? field);

/** Every column of the files once (by header), with what it became. */
function columnsOf(job: ImportJob): Column[] {
  const byHeader = new Map<string, Column>();
  for (const file of job.report?.files ?? []) {
    for (const column of file.columns ?? []) {
      const seen = byHeader.get(column.header);
      if (seen) seen.files.push(file.file);
      else byHeader.set(column.header, { ...column, files: [file.file] });
    }
  }
  return [...byHeader.values()];
}

type Column = ColumnReport & { files: string[] };

/** Columns with, for each, a choice of the field it fills (or none). */
function ColumnTable({ caption, columns, fieldOf, onChange }: { caption: string; columns: Column[]; fieldOf: (c: Column) => string; onChange: (header: string, field: string) => void }) {
  if (!columns.length) return <p>Aucune colonne ignorée : chaque colonne a été reconnue par son nom.</p>;
  return (
    <div className="table-scroll">
      <table className="admin-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">En-tête dans le fichier</th>
            <th scope="col">Lue comme</th>
            <th scope="col">Jusqu’ici</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((c) => (
            <tr key={c.header} className={c.field ? undefined : 'row--warn'}>
              <th scope="row">
                « {c.header} » <span className="muted column-files">{c.files.join(', ')}</span>
              </th>
              <td>
                <select aria-label={`Champ de la colonne « ${c.header} »`} value={fieldOf(c)} onChange={(e) => onChange(c.header, e.target.value)}>
                  <option value="">— Ignorer cette colonne —</option>
                  {FIELDS.map(([field, name]) => (
                    <option key={field} value={field}>
                      {name}
                    </option>
                  ))}
                </select>
              </td>
              <td>{HOW[c.how]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** For each column, the field it fills (or ignored); for each unrecognised value, its taxonomy id; then a new preview. */
export function MappingEditor({ job, onRemapped }: { job: ImportJob; onRemapped: () => void }) {
  const [mapping, setMapping] = useState<ColumnMapping>(job.mapping);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const columns = columnsOf(job);
  const unmapped = Object.entries(job.report?.unmapped ?? {}).filter(([field]) => facetForValueField(field));
  const fieldOf = (c: ColumnReport) => (Object.hasOwn(mapping.columns, c.header) ? mapping.columns[c.header] : c.field) ?? '';
  const setColumn = (header: string, field: string) => setMapping({ ...mapping, columns: { ...mapping.columns, [header]: (field || null) as ColumnField | null } });
  const setValue = (field: string, value: string, id: string) => {
    const values = { ...(mapping.values[field] ?? {}) };
    if (id) values[value] = id;
    else delete values[value];
    setMapping({ ...mapping, values: { ...mapping.values, [field]: values } });
  };
  const apply = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await remapImport(job.id, { mapping });
      onRemapped();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="admin-card" aria-labelledby="mapping-title">
      <h2 id="mapping-title">Correspondance des colonnes et des valeurs</h2>
      <p className="muted">Choisissez le champ d’une colonne mal nommée ou ignorée, et le terme de la nomenclature d’une valeur non reconnue ; puis relisez les fichiers pour voir l’aperçu mis à jour.</p>
      <ColumnTable caption="Colonnes ignorées ou choisies : à vérifier" columns={columns.filter((c) => c.how !== 'header')} fieldOf={fieldOf} onChange={setColumn} />
      <details className="admin-details">
        <summary>Colonnes reconnues par leur nom ({n(columns.filter((c) => c.how === 'header').length)})</summary>
        <ColumnTable caption="Colonnes reconnues par leur nom" columns={columns.filter((c) => c.how === 'header')} fieldOf={fieldOf} onChange={setColumn} />
      </details>
      {unmapped.length ? (
        <div className="table-scroll">
          <table className="admin-table">
            <caption>Valeurs non reconnues (gardées dans « non reconnues », cherchables, mais hors des filtres)</caption>
            <thead>
              <tr>
                <th scope="col">Champ</th>
                <th scope="col">Valeur</th>
                <th scope="col">Lignes</th>
                <th scope="col">Correspond à</th>
              </tr>
            </thead>
            <tbody>
              {unmapped.flatMap(([field, values]) =>
                values.map((v) => {
                  const facet = facetForValueField(field)!;
                  return (
                    <tr key={`${field}-${v.value}`}>
                      <td>{VALUE_FIELD_NAME(field)}</td>
                      <td>« {v.value} »</td>
                      <td>{n(v.count)}</td>
                      <td>
                        <select aria-label={`Terme pour « ${v.value} » (${VALUE_FIELD_NAME(field)})`} value={String(mapping.values[field]?.[v.value] ?? '')} onChange={(e) => setValue(field, v.value, e.target.value)}>
                          <option value="">— Laisser non reconnue —</option>
                          {facet.terms.map((t) => (
                            <option key={String(t.id)} value={String(t.id)}>
                              {valueLabel(facet, t.id, 'fr')}
                            </option>
                          ))}
                        </select>
                      </td>
                    </tr>
                  );
                }),
              )}
            </tbody>
          </table>
        </div>
      ) : (
        <p>Toutes les valeurs des facettes ont été reconnues.</p>
      )}
      {error ? (
        <p className="admin-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="toolbar">
        <button type="button" className="btn btn--primary" disabled={busy} onClick={() => void apply()}>
          Relire les fichiers avec cette correspondance
        </button>
        <SaveProfile mapping={mapping} signatures={job.files.map((f) => f.signature ?? '').filter(Boolean)} />
      </div>
    </section>
  );
}
