import { useEffect, useRef, useState } from 'react';
import type { PresenterSession } from '../api/create-session';
import { participantsText, type LiveTranslate } from '../lib/live-i18n';
import { QrCode } from './qr-code';

interface Props {
  session: PresenterSession;
  participants: number;
  lt: LiveTranslate;
  onClose: () => void;
  onShow: () => void;
  onEnd: () => void;
}

/** The join screen for the webinar: short link, QR code, who is there; a modal dialog (focus kept inside, Escape closes). */
export function JoinDialog({ session, participants, lt, onClose, onShow, onEnd }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [copied, setCopied] = useState(false);
  const url = `${window.location.origin}/direct/${session.code}`;
  const shown = `${window.location.host}/direct/${session.code}`;
  const path = `/direct/${session.code}`;
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const copy = async () => {
    await navigator.clipboard?.writeText(url).catch(() => undefined);
    setCopied(true);
  };
  return (
    <dialog ref={ref} className="join" aria-labelledby="join-title" onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}>
      <h2 id="join-title" className="join__title">{lt('joinTitle')}</h2>
      <p className="join__how">{lt('joinHow')}</p>
      {/* Text, not a link: a click here would take the presenter's own tab away from the presentation. */}
      <p className="join__url">
        {window.location.host}
        <wbr />
        <span className="join__path">{path}</span>
      </p>
      <QrCode text={url} alt={lt('qrAlt', { url: shown })} />
      <p className="join__count">
        <span className="live-dot" aria-hidden="true" /> {participantsText(lt, participants)}
      </p>
      <div className="join__actions">
        <button type="button" className="btn btn--primary" onClick={onShow} autoFocus>
          {lt('showToAll')}
        </button>
        <button type="button" className="btn" onClick={() => void copy()}>
          {copied ? lt('copied') : lt('copy')}
        </button>
        <button type="button" className="btn btn--danger" onClick={onEnd}>
          {lt('end')}
        </button>
      </div>
      <button type="button" className="btn btn--ghost join__close" onClick={onClose} aria-label={lt('close')}>
        ×
      </button>
    </dialog>
  );
}
