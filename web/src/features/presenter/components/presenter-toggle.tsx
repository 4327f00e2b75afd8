import { useEffect } from 'react';
import type { Translate } from '../../../lib/prefs';

/**
 * Switches presenter mode (large type, high contrast) and reflects it on <html> for the stylesheet. A toggle button:
 * one label, its state in aria-pressed (and drawn filled), so a screen reader hears "pressed" rather than a label
 * that changes under it.
 */
export function PresenterToggle({ on, onChange, t }: { on: boolean; onChange: (on: boolean) => void; t: Translate }) {
  useEffect(() => {
    document.documentElement.toggleAttribute('data-presenter', on);
  }, [on]);
  return (
    <button type="button" className="btn btn--ghost" aria-pressed={on} onClick={() => onChange(!on)}>
      {t('presenter')}
    </button>
  );
}
