import type { Lang } from '../../../lib/prefs';
import { statsWords } from '../stats-words';
import { INDEX_CLASSES } from '../utils/cell-colours';

/** The key of the diverging scale: seven swatches from « much less » to « much more » frequent than the selection. */
export function IndexLegend({ lang }: { lang: Lang }) {
  const w = statsWords(lang);
  const label = (text: string) => (lang === 'en' ? text.replace(/,/g, '.') : text);
  return (
    <figure className="index-legend">
      <figcaption>{w('indexKey')}</figcaption>
      <div className="index-legend__scale">
        <span className="index-legend__end">{w('indexUnder')}</span>
        <ol className="index-legend__swatches">
          {INDEX_CLASSES.map((c) => (
            <li key={c.label} style={{ background: c.colour, color: c.ink }}>
              {label(c.label)}
            </li>
          ))}
        </ol>
        <span className="index-legend__end">{w('indexOver')}</span>
      </div>
    </figure>
  );
}
