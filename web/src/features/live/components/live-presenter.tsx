import { useState, type ReactNode } from 'react';
import type { Prefs } from '../../../lib/prefs';
import { createSession } from '../api/create-session';
import { endSession } from '../api/end-session';
import { useParticipants } from '../api/get-participants';
import { liveTranslator, participantsText } from '../lib/live-i18n';
import { savePresenterSession, usePresenterSession } from '../lib/presenter-session';
import { useBroadcast } from '../lib/use-broadcast';
import { JoinDialog } from './join-dialog';
import '../live.css';

/** The presenter's side, in the header: start a session, then « En direct » (reopens the join screen) while every screen goes out. */
export function LivePresenter({ prefs }: { prefs: Prefs }) {
  const lt = liveTranslator(prefs.lang);
  const session = usePresenterSession();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const broadcaster = useBroadcast(session, () => {
    savePresenterSession(null);
    setOpen(false);
    setProblem(lt('gone'));
  });
  const participants = useParticipants(session?.code ?? null, open ? 3_000 : 10_000);

  const start = async () => {
    setBusy(true);
    setProblem(null);
    try {
      savePresenterSession(await createSession());
      setOpen(true);
    } catch (error) {
      setProblem(lt('startFailed', { message: (error as Error).message }));
    } finally {
      setBusy(false);
    }
  };
  // Over at once on this screen; the server tells the participants (and the other processes) meanwhile.
  const end = () => {
    broadcaster?.stop();
    if (session) void endSession(session).catch(() => undefined);
    savePresenterSession(null);
    setOpen(false);
  };

  // A slim bar under the header, as the participants' banner: the projector's header keeps to one row.
  const bar = (content: ReactNode) => (
    <div className="live-banner live-banner--presenter" role="region" aria-label={lt('bannerLabel')}>
      <p className="live-banner__text">{content}</p>
      {problem ? (
        <p className="live-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
  if (!session) {
    if (!prefs.presenter) return problem ? bar(null) : null;
    return bar(
      <button type="button" className="btn live-on-air live-start" onClick={() => void start()} disabled={busy}>
        <span className="live-dot" aria-hidden="true" /> {busy ? lt('starting') : lt('start')}
      </button>,
    );
  }
  const n = participants.data ?? 0;
  return (
    <>
      {bar(
        <>
          <span className="live-dot" aria-hidden="true" /> {lt('onAir')} <strong className="live-banner__code">{session.code}</strong> · {participantsText(lt, n)} —{' '}
          <button type="button" className="btn live-banner__action" aria-haspopup="dialog" onClick={() => setOpen(true)}>
            {lt('joinScreen')}
          </button>
        </>,
      )}
      {open ? (
        <JoinDialog
          session={session}
          participants={n}
          lt={lt}
          onClose={() => setOpen(false)}
          onShow={() => {
            broadcaster?.showToAll();
            setOpen(false);
          }}
          onEnd={end}
        />
      ) : null}
    </>
  );
}
