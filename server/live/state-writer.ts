import type { LiveStore, SessionDoc } from './live-store.js';

type StateFields = Pick<SessionDoc, 'path' | 'seq' | 'shown' | 'activeAt'>;

/**
 * Copies each session's latest state into the engine for the other processes, never on the presenter's path: one
 * write in flight per session, the latest state wins, and writes start at least `gapMs(code)` apart — each costs the
 * engine ~0.1 s of CPU, and a presenter typing would otherwise queue one per keystroke.
 */
export interface StateWriter {
  schedule(code: string, fields: StateFields): void;
  close(): void;
}

interface Slot {
  pending?: StateFields;
  busy: boolean;
  lastStart: number;
  timer?: NodeJS.Timeout;
}

// Behind a large import, a write may wait this long in the engine's queue (one task queue for every index).
const WRITE_WAIT_MS = 10 * 60_000;

export function createStateWriter(store: LiveStore, gapMs: (code: string) => number, now: () => number, onError: (error: unknown) => void): StateWriter {
  const slots = new Map<string, Slot>();
  let closed = false;

  function kick(code: string): void {
    const slot = slots.get(code);
    if (!slot || closed || slot.busy || slot.timer) return;
    if (!slot.pending) return void slots.delete(code);
    const wait = slot.lastStart + gapMs(code) - now();
    if (wait > 0) {
      // Looked at again every 250 ms: the gap shrinks as soon as another process is seen to have followers.
      slot.timer = setTimeout(() => {
        slot.timer = undefined;
        kick(code);
      }, Math.min(wait, 250)).unref();
      return;
    }
    const fields = slot.pending;
    slot.pending = undefined;
    slot.busy = true;
    slot.lastStart = now();
    store
      .update(code, fields, WRITE_WAIT_MS)
      .catch((error: unknown) => {
        onError(error);
        // Try again after the gap, unless a newer state is already waiting.
        slot.pending ??= fields;
      })
      .finally(() => {
        slot.busy = false;
        kick(code);
      });
  }

  return {
    schedule(code, fields) {
      const slot = slots.get(code) ?? { busy: false, lastStart: -Infinity };
      slots.set(code, slot);
      slot.pending = fields;
      kick(code);
    },
    close() {
      closed = true;
      for (const slot of slots.values()) clearTimeout(slot.timer);
    },
  };
}
