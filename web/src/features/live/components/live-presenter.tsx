import { useState } from 'react';
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

  if (!session) {
    return (
      <>
        {prefs.presenter ? (
          <button type="button" className="btn btn--ghost" onClick={() => void start()} disabled={busy}>
            {busy ? lt('starting') : lt('start')}
          </button>
        ) : null}
        {problem ? (
          <p className="live-problem" role="alert">
            {problem}
          </p>
        ) : null}
      </>
    );
  }
  const n = participants.data ?? 0;
  return (
    <>
      <button type="button" className="btn live-on-air" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <span className="live-dot" aria-hidden="true" /> {lt('onAir')} <strong>{session.code}</strong> <span aria-hidden="true">· {n}</span>
        <span className="visually-hidden">{participantsText(lt, n)}</span>
      </button>
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
