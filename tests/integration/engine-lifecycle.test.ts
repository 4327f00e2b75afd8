import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { connectEngine } from '#server/engine/connect.js';
import { startEmbeddedEngine } from '#server/engine/embedded.js';
import { isHealthy } from '#server/engine/health.js';
import { EngineUnavailableError } from '#server/engine/binary.js';
import { embeddedEnginePid, testEngine } from '../support/engine.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'odd17-lifecycle-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Runs the fixture CLI that holds an embedded engine, and reads the line it prints. */
function holdEngine(dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/fixtures/engine/hold-engine.ts', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const firstLine = new Promise<{ pid: number; url: string; owned: boolean }>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', (line) => resolve(JSON.parse(line)));
    child.once('exit', (code) => reject(new Error(`hold-engine exited with ${code}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, firstLine, exited };
}

describe('embedded engine', () => {
  it('starts on 127.0.0.1 with a generated master key kept next to its data, and stops', async () => {
    const dataDir = tempDir();
    const engine = await startEmbeddedEngine({ dataDir });
    expect(engine.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(existsSync(join(dataDir, 'master-key'))).toBe(true);
    const res = await fetch(`${engine.url}/version`, { headers: { Authorization: `Bearer ${engine.masterKey}` } });
    expect(((await res.json()) as { pkgVersion: string }).pkgVersion).toBe('1.21.0');
    expect((await fetch(`${engine.url}/version`)).status).toBe(401);
    // The key reaches the engine by its environment: the command line, which `ps` shows every user, does not hold it.
    expect(readFileSync(`/proc/${embeddedEnginePid(dataDir)}/cmdline`, 'utf8')).not.toContain(engine.masterKey);
    await engine.stop();
    await expect(isHealthy(engine.url, 500)).rejects.toThrow();
  });

  it('indexes with 1 GiB of memory, not the engine’s two thirds of the RAM, or what MEILI_MAX_INDEXING_MEMORY says', async () => {
    const argsOf = (dataDir: string) => readFileSync(`/proc/${embeddedEnginePid(dataDir)}/cmdline`, 'utf8').split('\0');
    const memoryArg = (args: string[]) => args[args.indexOf('--max-indexing-memory') + 1];
    const byDefault = tempDir();
    const first = await startEmbeddedEngine({ dataDir: byDefault });
    expect(memoryArg(argsOf(byDefault))).toBe('1GiB');
    await first.stop();

    const before = process.env.MEILI_MAX_INDEXING_MEMORY;
    process.env.MEILI_MAX_INDEXING_MEMORY = '512MiB';
    try {
      const chosen = tempDir();
      const second = await startEmbeddedEngine({ dataDir: chosen });
      expect(memoryArg(argsOf(chosen))).toBe('512MiB');
      await second.stop();
    } finally {
      if (before === undefined) delete process.env.MEILI_MAX_INDEXING_MEMORY;
      else process.env.MEILI_MAX_INDEXING_MEMORY = before;
    }
  });

  it('keeps the same master key across restarts of the same data folder', async () => {
    const dataDir = tempDir();
    const first = await startEmbeddedEngine({ dataDir });
    await first.stop();
    const second = await startEmbeddedEngine({ dataDir });
    await second.stop();
    expect(second.masterKey).toBe(first.masterKey);
  });

  it('reuses the engine another of our processes already runs on the folder', async () => {
    const dataDir = tempDir();
    const owner = await startEmbeddedEngine({ dataDir });
    const guest = await startEmbeddedEngine({ dataDir });
    expect(guest).toMatchObject({ url: owner.url, owned: false });
    await guest.stop();
    expect(await isHealthy(owner.url, 1_000)).toBe(true);
    await owner.stop();
  });

  it('leaves no engine process behind after Ctrl-C', async () => {
    const { child, firstLine, exited } = holdEngine(tempDir());
    const { pid, url } = await firstLine;
    expect(alive(pid)).toBe(true);
    expect(await isHealthy(url, 1_000)).toBe(true);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(alive(pid)).toBe(false);
  });

  it('stops the engine within seconds when its owner is killed without warning (kill -9)', async () => {
    const dataDir = tempDir();
    const { child, firstLine, exited } = holdEngine(dataDir);
    const { pid, url } = await firstLine;
    expect(await isHealthy(url, 1_000)).toBe(true);
    child.kill('SIGKILL');
    await exited;
    await expect.poll(() => alive(pid), { timeout: 5_000, interval: 100 }).toBe(false);
    // The next start on the same folder gets an engine of its own.
    const next = await startEmbeddedEngine({ dataDir });
    expect(next.owned).toBe(true);
    await next.stop();
  });
});

describe('connectEngine', () => {
  it('uses the server at MEILI_URL instead of starting one', async () => {
    const { url, masterKey } = testEngine();
    const engine = await connectEngine({ MEILI_URL: url, MEILI_MASTER_KEY: masterKey, MEILI_DATA_DIR: tempDir() });
    expect(engine).toMatchObject({ url, masterKey, owned: false });
  });

  it('says clearly when MEILI_URL does not answer', async () => {
    await expect(connectEngine({ MEILI_URL: 'http://127.0.0.1:9', MEILI_MASTER_KEY: 'x', MEILI_DATA_DIR: tempDir() })).rejects.toThrow(
      EngineUnavailableError,
    );
  }, 20_000);
});
