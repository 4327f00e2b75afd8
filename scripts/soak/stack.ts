import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, startEmbeddedEngine, type EngineHandle } from '#server/engine/embedded.js';
import { createEngineClient } from '#server/engine-client/engine-client.js';
import { ensureSearchKey } from '#server/keys.js';
import type { Secrets } from './leaks.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const INDEX = 'examples';

/** The app under test (its own process, npm start's defaults), on a throwaway engine the soak owns and may kill. */
export interface Stack {
  base: string;
  secrets: Secrets;
  engine: EngineHandle;
  app: ChildProcess;
  /** The app's log lines (JSON), for what it logged at error level. */
  appLog: string[];
  /** Resident memory of the app process now, in MB (Linux /proc). */
  appRssMb(): number;
  /** SIGKILL the engine, then start it again on the same port and data (faults). */
  killEngine(): Promise<void>;
  restartEngine(): Promise<void>;
  /** Environment for a CLI of ours (`scripts/import.ts`) on this engine. */
  cliEnv(): NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

// As `npm start` runs the app (package.json): V8's old space capped, so a burst of garbage does not keep RSS up.
const APP_NODE_FLAGS = ['--max-old-space-size=256'];

const rssMb = (pid: number): number => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

function startApp(env: NodeJS.ProcessEnv, webDir: string | undefined, log: string[]): Promise<{ app: ChildProcess; base: string }> {
  const args = [...APP_NODE_FLAGS, '--import', 'tsx', join(ROOT, 'scripts/soak/serve-app.ts'), ...(webDir ? ['--web', webDir] : [])];
  const app = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let buffered = '';
  return new Promise((ok, fail) => {
    app.once('exit', (code) => fail(new Error(`l’application s’est arrêtée au démarrage (${code}) : ${log.join('\n').slice(-2_000)}`)));
    app.stderr!.on('data', (c: Buffer) => log.push(c.toString()));
    app.stdout!.on('data', (c: Buffer) => {
      buffered += c.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      log.push(...lines);
      const port = /prêt : http:\/\/localhost:(\d+)\//.exec(lines.join('\n'))?.[1];
      if (port) ok({ app, base: `http://127.0.0.1:${port}` });
    });
  });
}

/** Engine on a port of its own (so it can come back on it), the app on it with the default configuration. */
export async function startStack(options: { webDir?: string; prepare: (engine: EngineHandle) => Promise<void> }): Promise<Stack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'odd17-soak-'));
  const port = await freePort();
  let engine = await startEmbeddedEngine({ dataDir, port });
  await options.prepare(engine);
  const admin = createEngineClient({ url: engine.url, key: engine.masterKey });
  const searchKey = await ensureSearchKey(admin, INDEX);
  admin.close();
  // Only what the soak must set: everything else (limits, cache, export slots) is npm start's default.
  const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(MEILI_|RATE_LIMIT|EXPORT_|SEARCH_CACHE|SHUTDOWN_|TRUST_PROXY|PORT$|HOST$)/.test(k)));
  const env = { ...cleanEnv, MEILI_URL: engine.url, MEILI_MASTER_KEY: engine.masterKey, MEILI_INDEX: INDEX, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', NODE_ENV: 'production' };
  const appLog: string[] = [];
  const { app, base } = await startApp(env, options.webDir, appLog);
  const enginePid = () => (JSON.parse(readFileSync(join(dataDir, 'running.json'), 'utf8')) as { pid: number }).pid;
  return {
    base,
    engine,
    app,
    appLog,
    secrets: { masterKey: engine.masterKey, searchKey, engineUrl: engine.url, root: ROOT },
    appRssMb: () => rssMb(app.pid!),
    async killEngine() {
      const pid = enginePid();
      process.kill(pid, 'SIGKILL');
      while (alive(pid)) await new Promise((r) => setTimeout(r, 20));
      await engine.stop(); // the handle's cleanup (running.json); the process is already gone
    },
    async restartEngine() {
      engine = await startEmbeddedEngine({ dataDir, port });
    },
    cliEnv: () => ({ ...cleanEnv, MEILI_URL: engine.url, MEILI_MASTER_KEY: engine.masterKey, MEILI_INDEX: INDEX }),
    async stop() {
      if (app.exitCode === null) {
        const exited = new Promise((r) => app.once('exit', r));
        app.kill('SIGTERM');
        await exited;
      }
      await engine.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
