import { useEffect } from 'react';
import type { Translate } from '../../../lib/prefs';

/** Switches presenter mode (large type, high contrast) and reflects it on <html> for the stylesheet. */
export function PresenterToggle({ on, onChange, t }: { on: boolean; onChange: (on: boolean) => void; t: Translate }) {
  useEffect(() => {
    document.documentElement.toggleAttribute('data-presenter', on);
  }, [on]);
  return (
    <button type="button" className="btn btn--ghost" aria-pressed={on} onClick={() => onChange(!on)}>
      {on ? t('presenterOff') : t('presenterOn')}
    </button>
  );
}
