import type { Logger } from 'pino';
import type { EngineClient } from './engine-client.js';
import { isEngineOutage } from './errors.js';

/** Why the engine could not be reached, without its address: a code such as ECONNREFUSED, or our own timeout message. */
function reason(error: unknown): string {
  const code = (error as { cause?: { code?: unknown } }).cause?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : 'inconnue';
}

/**
 * The client, logging an engine outage once when it starts (warn) and once when it ends (info), never per request:
 * at 10 req/s an outage once wrote a stack with the engine's address for every failing search.
 */
export function withOutageLog(engine: EngineClient, logger: Logger): EngineClient {
  let outage: { since: number; refused: number } | undefined;
  return {
    url: engine.url,
    close: () => engine.close(),
    async request(...args) {
      try {
        const value = await engine.request<never>(...args);
        if (outage) {
          logger.info({ outageMs: Date.now() - outage.since, refused: outage.refused }, 'moteur de recherche de nouveau joignable');
          outage = undefined;
        }
        return value;
      } catch (error) {
        if (isEngineOutage(error)) {
          if (!outage) logger.warn({ reason: reason(error) }, 'moteur de recherche injoignable : les requêtes reçoivent 503 jusqu’à son retour');
          outage ??= { since: Date.now(), refused: 0 };
          outage.refused++;
        }
        throw error;
      }
    },
  };
}
