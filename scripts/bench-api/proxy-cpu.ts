import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEmbeddedEngine } from '#server/engine/embedded.js';
import { createEngineClient } from '#server/engine-client/engine-client.js';
import { SEARCHES, engineBody, importInChild, load, startBenchApp } from './support.js';

// Benchmark (not a test): the proxy's own CPU per search, with the engine replaced by a process that replays its
// recorded answers — steadier than beside the real engine, which shares the cores. For A/B work on the proxy's path:
// run it before and after a change, several times. `--profile FILE` also writes a V8 CPU profile of one more round.
const root = resolve(import.meta.dirname, '../..');
const ROUNDS = 5;
const ROUND_MS = 3_000;
const profileFile = process.argv.includes('--profile') ? process.argv[process.argv.indexOf('--profile') + 1] : undefined;

const dir = mkdtempSync(join(tmpdir(), 'odd17-proxy-cpu-'));
try {
  // Record the real engine's answers to the benchmark's searches on the sample (imported in a child process).
  const engine = await startEmbeddedEngine({ dataDir: join(dir, 'engine') });
  const recorded: { body: string; answer: string }[] = [];
  try {
    await importInChild(engine, 'sample', [join(root, 'data')], join(dir, 'reports'));
    const admin = createEngineClient({ url: engine.url, key: engine.masterKey });
    for (const qs of SEARCHES) {
      const body = engineBody('sample', qs);
      recorded.push({ body, answer: JSON.stringify(await admin.request('POST', '/multi-search', JSON.parse(body))) });
    }
    admin.close();
  } finally {
    await engine.stop();
  }
  const file = join(dir, 'answers.json');
  writeFileSync(file, JSON.stringify(recorded));

  const replay = spawn(process.execPath, [join(import.meta.dirname, 'replay-engine.mjs'), file], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [port] = (await once(replay.stdout, 'data')) as [Buffer];
  const client = createEngineClient({ url: `http://127.0.0.1:${String(port).trim()}`, key: 'replay' });
  // As in bench-api: logging and the limiter on, the cache of identical searches off.
  const { server, base } = await startBenchApp(client, 'sample');
  const targets = SEARCHES.map((qs) => ({ url: `${base}/api/search?${qs}`, method: 'GET' }));

  await load([targets], 8, 5_000); // warm-up
  const perRequest: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const cpu = process.cpuUsage();
    const { sides } = await load([targets], 50, ROUND_MS);
    const used = process.cpuUsage(cpu);
    if (sides[0]!.errors) throw new Error(`${sides[0]!.errors} failed requests`);
    perRequest.push((used.user + used.system) / 1000 / sides[0]!.requests);
  }
  const median = [...perRequest].sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!;
  console.log(`proxy CPU per search, 50 connections, replayed engine: median ${median.toFixed(3)} ms (rounds: ${perRequest.map((x) => x.toFixed(3)).join(', ')})`);

  if (profileFile) {
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
    await load([targets], 50, ROUND_MS);
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(profileFile, JSON.stringify(profile));
    console.log(`CPU profile written to ${profileFile} (open it in Chrome DevTools › Performance)`);
  }
  server.close();
  client.close();
  replay.kill();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
