import { useState } from 'react';
import type { Translate } from '../../../lib/prefs';

/** « Copier le lien »: the outcome is said in a polite live region beside the button (a changing label is not announced). */
export function CopyLink({ t }: { t: Translate }) {
  const [outcome, setOutcome] = useState<'linkCopied' | 'copyFailed' | undefined>();
  const copy = async () => {
    const done = await navigator.clipboard?.writeText(window.location.href).then(() => true, () => false);
    setOutcome(done ? 'linkCopied' : 'copyFailed');
  };
  return (
    <span className="copy-link">
      <button type="button" className="btn" onClick={() => void copy()}>
        {t('copyLink')}
      </button>{' '}
      <span role="status" className="copy-link__outcome">
        {outcome ? t(outcome) : ''}
      </span>
    </span>
  );
}
