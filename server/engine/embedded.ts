import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { findEngineBinary } from './binary.js';
import { isHealthy, waitForHealth } from './health.js';

export interface EngineHandle {
  readonly url: string;
  readonly masterKey: string;
  /** True when this process started the engine (and so must stop it). */
  readonly owned: boolean;
  stop(): Promise<void>;
}

interface RunningFile {
  pid: number;
  url: string;
}

/** A free TCP port on 127.0.0.1, as the OS hands it out. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The master key kept next to the data (generated on first use, readable by its owner only). */
function masterKeyFor(dataDir: string): string {
  const file = join(dataDir, 'master-key');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    const key = randomBytes(32).toString('base64url');
    writeFileSync(file, `${key}\n`, { mode: 0o600 });
    return key;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** An engine that another process of ours already runs on this data folder (e.g. `npm start` while importing). */
async function findRunning(dataDir: string, masterKey: string): Promise<EngineHandle | undefined> {
  try {
    const running = JSON.parse(readFileSync(join(dataDir, 'running.json'), 'utf8')) as RunningFile;
    if (processAlive(running.pid) && (await isHealthy(running.url, 1_000))) {
      return { url: running.url, masterKey, owned: false, stop: async () => {} };
    }
  } catch {
    // no engine running: start one
  }
  return undefined;
}

export interface EmbeddedOptions {
  dataDir: string;
  port?: number;
  /** Where the engine's own log goes (default: dataDir/meilisearch.log). */
  logFile?: string;
}

/**
 * The engine's indexing memory. Its own default is two thirds of the machine's RAM (16 GiB here), and it touches that
 * much as it indexes: a write of one document took 0.2–1.5 s and the engine's peak RSS reached 2.5 GB for 50 examples.
 * With 1 GiB the same write takes 15–140 ms (docs/decisions.md, 57). MEILI_MAX_INDEXING_MEMORY, the engine's own name for
 * the setting, overrides it (our engine does not read the MEILI_* variables, meant for a server of one's own).
 */
const indexingMemory = (): string => process.env.MEILI_MAX_INDEXING_MEMORY || '1GiB';

/**
 * Starts the bundled Meilisearch on 127.0.0.1 with data and key under `dataDir`, waits for /health,
 * and stops it when this process exits. Reuses the engine if one of ours already serves this folder.
 */
export async function startEmbeddedEngine(options: EmbeddedOptions): Promise<EngineHandle> {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const masterKey = masterKeyFor(dataDir);
  const reused = await findRunning(dataDir, masterKey);
  if (reused) return reused;

  const binary = findEngineBinary();
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const log = openSync(options.logFile ?? join(dataDir, 'meilisearch.log'), 'a');
  const child = spawn(
    binary,
    [
      '--db-path', join(dataDir, 'data.ms'),
      '--dump-dir', join(dataDir, 'dumps'),
      '--snapshot-dir', join(dataDir, 'snapshots'),
      '--http-addr', `127.0.0.1:${port}`,
      '--env', 'production',
      '--no-analytics',
      '--log-level', 'WARN',
      '--max-indexing-memory', indexingMemory(),
    ],
    { stdio: ['ignore', log, log], env: engineEnv(masterKey) },
  );
  closeSync(log);
  const watchdog = child.pid ? startWatchdog(child.pid) : undefined;
  let exited = false;
  child.once('exit', () => {
    exited = true;
    // An engine gone by itself must not be "stopped" later under a pid the system may have given someone else.
    stopWatchdog(watchdog);
  });

  const stop = stopper(child, dataDir, watchdog);
  const onExit = () => {
    stopWatchdog(watchdog);
    if (!exited) child.kill('SIGTERM');
  };
  process.once('exit', onExit);
  try {
    await waitForHealth(url, 60_000, () => !exited);
  } catch (error) {
    await stop();
    throw new Error(`Le moteur Meilisearch n’a pas démarré (journal : ${join(dataDir, 'meilisearch.log')})`, { cause: error });
  }
  writeFileSync(join(dataDir, 'running.json'), JSON.stringify({ pid: child.pid ?? 0, url } satisfies RunningFile));
  return {
    url,
    masterKey,
    owned: true,
    stop: async () => {
      process.off('exit', onExit);
      await stop();
    },
  };
}

/**
 * The engine's environment: ours without any MEILI_* setting meant for another server (the engine reads them all),
 * plus the master key — given here rather than on the command line, where any user of the machine could read it
 * with `ps`.
 */
function engineEnv(masterKey: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('MEILI_')));
  return { ...env, MEILI_MASTER_KEY: masterKey };
}

/**
 * A process that stops the engine if ours dies without a chance to do it (`kill -9`, a crash of Node itself): it
 * checks once a second that our pid is alive, and sends the engine SIGTERM when it is not. POSIX sh only; detached
 * from our event loop. Stopped first on a normal stop, so that it never signals a pid the system has reused.
 */
function startWatchdog(enginePid: number): ChildProcess {
  const script = `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done; kill -TERM ${enginePid} 2>/dev/null`;
  const watchdog = spawn('/bin/sh', ['-c', script], { stdio: 'ignore', detached: true });
  watchdog.on('error', () => {}); // no /bin/sh: the engine is then only stopped by us, as before
  watchdog.unref();
  return watchdog;
}

/** The watchdog and its `sleep`: it runs as its own process group. */
function stopWatchdog(watchdog: ChildProcess | undefined): void {
  if (!watchdog?.pid || watchdog.exitCode !== null || watchdog.signalCode !== null) return;
  try {
    process.kill(-watchdog.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

function stopper(child: ChildProcess, dataDir: string, watchdog?: ChildProcess): () => Promise<void> {
  return async () => {
    stopWatchdog(watchdog);
    rmSync(join(dataDir, 'running.json'), { force: true });
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
}
