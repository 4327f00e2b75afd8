import type { Response } from 'express';
import { HttpError } from '../http/http-error.js';

/** One export holding a slot: give it back when done. */
export interface ExportTicket {
  release(): void;
}

export interface ExportSlotsOptions {
  /** Exports streamed at once; each holds a page of examples and (XLSX) a zip in memory, and one core's worth of work. */
  max: number;
  /** How long a request waits for a slot before its 503, and how many may wait. */
  waitMs?: number;
  maxWaiting?: number;
}

export interface ExportSlots {
  /** A slot for the export answered on `res`, waited for a little; a 503 `busy` with Retry-After when none frees up. */
  acquire(res: Response): Promise<ExportTicket>;
  readonly active: number;
  /**
   * At shutdown: no new export, those waiting get their 503, those running get `graceMs` to finish; then the rest
   * are cut (their connection destroyed, so the client sees an incomplete transfer and the file lacks its end).
   */
  drain(graceMs: number): Promise<{ finished: number; cut: number }>;
}

/** Exports at once when not told (config: EXPORT_MAX_CONCURRENT): each takes about a core while it streams. */
export const DEFAULT_EXPORT_SLOTS = 4;

const busy = (why: string, retryAfterSeconds: number) =>
  new HttpError(503, 'busy', `${why} : réessayez dans quelques secondes (voir l’en-tête Retry-After).`, undefined, { retryAfterSeconds });

/** Bounds the exports in flight, so memory stays flat however many are asked at once (api.md: beyond it, 503). */
export function createExportSlots({ max, waitMs = 5_000, maxWaiting = 50 }: ExportSlotsOptions): ExportSlots {
  const running = new Set<Response>();
  const waiting: { grant: () => void; refuse: (error: HttpError) => void }[] = [];
  let draining = false;
  let allDone: (() => void) | undefined;

  const ticket = (res: Response): ExportTicket => {
    running.add(res);
    let released = false;
    return {
      release() {
        if (released) return;
        released = true;
        running.delete(res);
        const next = waiting.shift();
        if (next) next.grant();
        else if (running.size === 0) allDone?.();
      },
    };
  };

  return {
    get active() {
      return running.size;
    },
    async acquire(res) {
      if (draining) throw busy('Le serveur redémarre', 5);
      if (running.size < max) return ticket(res);
      if (waiting.length >= maxWaiting) throw busy('Trop d’exports en cours', 10);
      return new Promise<ExportTicket>((resolve, reject) => {
        const entry = {
          grant: () => (clearTimeout(timer), resolve(ticket(res))),
          refuse: (error: HttpError) => (clearTimeout(timer), reject(error)),
        };
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(entry), 1);
          reject(busy('Trop d’exports en cours', 10));
        }, waitMs);
        waiting.push(entry);
      });
    },
    async drain(graceMs) {
      draining = true;
      for (const entry of waiting.splice(0)) entry.refuse(busy('Le serveur redémarre', 5));
      const before = running.size;
      if (before > 0) {
        await new Promise<void>((resolve) => {
          allDone = resolve;
          setTimeout(resolve, graceMs).unref();
        });
      }
      const cut = running.size;
      for (const res of running) res.destroy();
      return { finished: before - cut, cut };
    },
  };
}
