import { ConfigError } from '../config.js';
import { EngineUnavailableError } from '../engine/binary.js';
import { ImportError } from '../import/errors.js';
import { PublishError } from '../import/publish.js';

/** What to tell a person whose `npm start` failed: our own errors as they are, anything else with its cause. */
export function startupMessage(error: unknown): string {
  if (error instanceof ConfigError || error instanceof EngineUnavailableError) return error.message;
  if (error instanceof ImportError || error instanceof PublishError) return `Import des exemples impossible : ${error.message}`;
  const message = error instanceof Error ? error.message : String(error);
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `Démarrage impossible : ${message}${cause}`;
}
