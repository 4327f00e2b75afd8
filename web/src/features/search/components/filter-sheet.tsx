import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { Translate } from '../../../lib/prefs';

const FOCUSABLE = 'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), [tabindex="0"]';

interface Props {
  open: boolean;
  /** Closes the sheet; `toResults` when the person asked to see the results. */
  onClose: (toResults: boolean) => void;
  total: number | undefined;
  onClear?: () => void;
  t: Translate;
  children: ReactNode;
}

/**
 * The phone's filters: a full-height modal sheet (the page behind is inert), focus kept inside, Escape closes, and a
 * sticky « Voir les N résultats » whose N follows every tick (the previous count stays until the new one is known).
 */
export function FilterSheet({ open, onClose, total, onClear, t, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (open && d && !d.open) d.showModal();
    if (!open && d?.open) d.close();
  }, [open]);
  // Tab past the last control comes back to the first (and Shift+Tab the other way), rather than to the browser's bar.
  const trap = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Tab') return;
    const items = [...dialog.current!.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null);
    const first = items[0];
    const last = items.at(-1);
    if (e.shiftKey && document.activeElement === first) (e.preventDefault(), last?.focus());
    else if (!e.shiftKey && document.activeElement === last) (e.preventDefault(), first?.focus());
  };
  // The dialog closes first, so the focus that follows (the button, the results) can leave it.
  const close = (toResults: boolean) => {
    dialog.current?.close();
    onClose(toResults);
  };
  const show = total === undefined ? t('loading') : total === 0 ? t('sheetShowNone') : total === 1 ? t('sheetShowOne') : t('sheetShowMany', { n: total });
  return (
    <dialog ref={dialog} className="sheet" aria-labelledby="sheet-title" onKeyDown={trap} onCancel={(e) => (e.preventDefault(), close(false))}>
      <div className="sheet__head">
        <h2 id="sheet-title" className="sheet__title">{t('filters')}</h2>
        <button type="button" className="btn" onClick={() => close(false)}>
          {t('sheetClose')}
        </button>
      </div>
      <div className="sheet__body">{children}</div>
      <div className="sheet__foot">
        {onClear ? (
          <button type="button" className="link-btn" onClick={onClear}>
            {t('clearAll')}
          </button>
        ) : null}
        <button type="button" className="btn btn--primary sheet__show" onClick={() => close(true)}>
          {show}
        </button>
      </div>
    </dialog>
  );
}
