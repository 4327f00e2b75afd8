import { useEffect, useState } from 'react';
import type { Translate } from '../../../lib/prefs';

const complete = (v: string) => v === '' || /^\d{4}$/.test(v);

/** The start-year range: two year inputs, applied as soon as a full year is typed (or cleared). */
export function YearRange({ min, max, onChange, t }: { min: string; max: string; onChange: (min: string, max: string) => void; t: Translate }) {
  const [from, setFrom] = useState(min);
  const [to, setTo] = useState(max);
  useEffect(() => setFrom(min), [min]);
  useEffect(() => setTo(max), [max]);
  const apply = (f: string, tt: string) => {
    if (complete(f) && complete(tt) && (f !== min || tt !== max)) onChange(f, tt);
  };
  return (
    <fieldset className="facet year-range">
      <legend>{t('facetYear')}</legend>
      <label className="year-range__field">
        {t('yearFrom')}
        <input type="number" inputMode="numeric" min={1950} max={2100} value={from} onChange={(e) => { setFrom(e.target.value); apply(e.target.value, to); }} />
      </label>
      <label className="year-range__field">
        {t('yearTo')}
        <input type="number" inputMode="numeric" min={1950} max={2100} value={to} onChange={(e) => { setTo(e.target.value); apply(from, e.target.value); }} />
      </label>
    </fieldset>
  );
}
