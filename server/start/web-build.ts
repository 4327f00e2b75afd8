import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';

/** Newest modification time under a path (0 when absent). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Runs `vite build` (web/ → web/dist) and says whether it succeeded; `quiet` keeps only warnings and errors. */
export function buildWeb(root: string, options: { quiet?: boolean } = {}): boolean {
  const args = [join(root, 'node_modules/vite/bin/vite.js'), 'build', ...(options.quiet ? ['--logLevel', 'warn'] : [])];
  // NODE_ENV=production: under NODE_ENV=test (vitest) Vite would emit an unminified development build.
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  return run.status === 0;
}

/** Builds the front end when web/dist is missing or older than its sources; returns the folder to serve, if any. */
export function ensureWebBuild(root: string, logger: Logger): string | undefined {
  const web = join(root, 'web');
  const dist = join(web, 'dist');
  if (!existsSync(join(web, 'index.html'))) {
    logger.warn('web/index.html absent : seule l’API est servie');
    return undefined;
  }
  const sources = Math.max(newest(join(web, 'src')), newest(join(web, 'index.html')), newest(join(root, 'domain')));
  if (!existsSync(join(dist, 'index.html')) || newest(dist) < sources) {
    logger.info('construction du front (vite build)…');
    // A broken front end must not take the API down: serve the previous build if any, else the API alone.
    if (!buildWeb(root)) logger.error('la construction du front a échoué (vite build) : API servie, front précédent s’il existe');
  }
  return existsSync(join(dist, 'index.html')) ? dist : undefined;
}
