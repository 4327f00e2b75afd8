import type { Example } from '#domain/example.js';
import type { Lang, Translate } from '../../../lib/prefs';

const day = (iso: string, lang: Lang): string => new Date(iso).toLocaleDateString(lang === 'en' ? 'en-GB' : 'fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });

/** « Ajouté le 3 mars 2026 · modifié le 12 mai 2026 »: when the example reached the base, and when it last changed there. */
export function PublicationDates({ example, lang, t }: { example: Example; lang: Lang; t: Translate }) {
  if (!example.firstPublished) return null;
  const changed = example.lastChanged && day(example.lastChanged, lang) !== day(example.firstPublished, lang) ? example.lastChanged : undefined;
  return (
    <p className="example__dates muted">
      {t('addedOn', { date: day(example.firstPublished, lang) })}
      {changed ? ` · ${t('changedOn', { date: day(changed, lang) })}` : ''}
    </p>
  );
}
