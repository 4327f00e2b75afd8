import { useState } from 'react';
import { remapImport } from '../api/imports';
import type { ImportJob } from '../lib/admin-types';
import { columnsOf, draftOf, mappingOfDraft, type MappingDraft } from '../lib/mapping-draft';
import { n } from '../lib/format';
import { MappingColumns } from './mapping-columns';
import { MappingValues } from './mapping-values';
import { SaveProfile } from './save-profile';

/** For each column, the field it fills (or ignored); for each unrecognised value, its taxonomy id; then a new preview. The mapping written is the importer's own. */
export function MappingEditor({ job, onRemapped }: { job: ImportJob; onRemapped: () => void }) {
  const [draft, setDraft] = useState<MappingDraft>(() => draftOf(job.mapping));
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const files = job.report?.files ?? [];
  const columns = columnsOf(files);
  const mapping = mappingOfDraft(draft, files);
  const setColumn = (header: string, field: string) => setDraft({ ...draft, columns: { ...draft.columns, [header]: field } });
  const setValue = (field: string, value: string, id: string) => setDraft({ ...draft, values: { ...draft.values, [field]: { ...draft.values[field], [value]: id } } });
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
  const recognised = columns.filter((c) => c.how === 'header');
  return (
    <section className="admin-card" aria-labelledby="mapping-title">
      <h2 id="mapping-title">Correspondance des colonnes et des valeurs</h2>
      <p className="muted">Choisissez le champ d’une colonne ignorée ou mal lue, et le terme de la nomenclature d’une valeur non reconnue ; puis relisez les fichiers pour voir l’aperçu mis à jour.</p>
      <MappingColumns caption="Colonnes à vérifier : lues par leur contenu, par la correspondance, ou ignorées" columns={columns.filter((c) => c.how !== 'header')} draft={draft} onChange={setColumn} />
      <details className="admin-details">
        <summary>Colonnes reconnues par leur en-tête ({n(recognised.length)})</summary>
        <MappingColumns caption="Colonnes reconnues par leur en-tête" columns={recognised} draft={draft} onChange={setColumn} />
      </details>
      {job.report ? <MappingValues report={job.report} draft={draft} onChange={setValue} /> : null}
      {error ? (
        <p className="admin-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="toolbar">
        <button type="button" className="btn btn--primary" disabled={busy} onClick={() => void apply()}>
          Relire les fichiers avec cette correspondance
        </button>
        <SaveProfile mapping={mapping} />
      </div>
    </section>
  );
}
