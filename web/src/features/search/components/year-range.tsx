import { useEffect, useId, useState } from 'react';
import { YEARS } from '#domain/facet-registry.js';
import type { Translate } from '../../../lib/prefs';
import { isYear } from '../../../lib/search-state';

/** What stops a typed range from being searched, if anything: a year outside YEARS, or the end before the start. */
function problemOf(from: string, to: string): 'yearOutOfRange' | 'yearReversed' | undefined {
  if ([from, to].some((v) => /^\d{4}$/.test(v) && !isYear(v))) return 'yearOutOfRange';
  if (isYear(from) && isYear(to) && Number(from) > Number(to)) return 'yearReversed';
  return undefined;
}

/** Empty, or a year the API takes; anything else (a year being typed) waits. */
const ready = (v: string) => v === '' || isYear(v);

/** The start-year range: two year inputs, applied as soon as a full year is typed (or cleared); a range that cannot be searched is said beside them. */
export function YearRange({ min, max, onChange, t }: { min: string; max: string; onChange: (min: string, max: string) => void; t: Translate }) {
  const [from, setFrom] = useState(min);
  const [to, setTo] = useState(max);
  useEffect(() => setFrom(min), [min]);
  useEffect(() => setTo(max), [max]);
  const apply = (f: string, tt: string) => {
    if (ready(f) && ready(tt) && !problemOf(f, tt) && (f !== min || tt !== max)) onChange(f, tt);
  };
  const problem = problemOf(from, to);
  const errorId = useId();
  return (
    <fieldset className="facet year-range">
      <legend>{t('facetYear')}</legend>
      <label className="year-range__field">
        {t('yearFrom')}
        <input type="number" inputMode="numeric" min={YEARS.min} max={YEARS.max} value={from} aria-invalid={problem ? true : undefined} aria-describedby={problem ? errorId : undefined} onChange={(e) => { setFrom(e.target.value); apply(e.target.value, to); }} />
      </label>
      <label className="year-range__field">
        {t('yearTo')}
        <input type="number" inputMode="numeric" min={YEARS.min} max={YEARS.max} value={to} aria-invalid={problem ? true : undefined} aria-describedby={problem ? errorId : undefined} onChange={(e) => { setTo(e.target.value); apply(from, e.target.value); }} />
      </label>
      <p id={errorId} className="year-range__error" aria-live="polite">
        {problem ? t(problem) : ''}
      </p>
    </fieldset>
  );
}
