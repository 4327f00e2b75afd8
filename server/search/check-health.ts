import type { Health } from '#domain/api-types.js';
import { EngineClientError } from '../engine-client/errors.js';
import { datasetState } from './dataset-info.js';
import type { SearchContext } from '../engine-client/multi-search.js';

export type { Health };

// api.md: a down engine must show as 503 within 2 s, so each probe gets well under that.
const PROBE_TIMEOUT_MS = 1_500;

/** Engine state and document count; never throws for an unreachable engine. */
export async function checkHealth(ctx: SearchContext): Promise<Health> {
  // One deadline for both probes: a half-hung engine must not make the answer take twice as long.
  const deadline = Date.now() + PROBE_TIMEOUT_MS;
  const remaining = () => Math.max(50, deadline - Date.now());
  try {
    const engine = await ctx.engine.request<{ status?: string }>('GET', '/health', undefined, { timeoutMs: remaining() });
    if (engine?.status !== 'available') return { status: 'unavailable', engine: 'unavailable' };
    const state = await datasetState(ctx, remaining());
    return { status: 'ok', engine: 'available', ...state };
  } catch (error) {
    if (error instanceof EngineClientError) return { status: 'unavailable', engine: 'unavailable' };
    throw error;
  }
}
