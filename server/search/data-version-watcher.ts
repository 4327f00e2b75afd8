import type { SearchContext } from '../engine-client/multi-search.js';
import { datasetState } from './dataset-info.js';

// Every app process drops its shared answers when the live data version changes, whichever process (or the CLI)
// published it: it reads the version about once a second with the search key (one small engine call).

export interface DataVersionWatcher {
  stop(): void;
}

/** Calls `onChange` after the live data version changes; a failed read (engine down) is simply tried again next time. */
export function watchDataVersion(ctx: SearchContext, intervalMs: number, onChange: (version: string | null) => void): DataVersionWatcher {
  let known: string | null | undefined;
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    datasetState(ctx, Math.max(500, intervalMs))
      .then(({ dataVersion }) => {
        if (known !== undefined && dataVersion !== known) onChange(dataVersion);
        known = dataVersion;
      })
      .catch(() => {})
      .finally(() => (busy = false));
  }, intervalMs);
  // Never what keeps a process alive.
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
