import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { curators } from '#server/admin/auth/curators.js';
import { createEngineClient } from '#server/engine-client/engine-client.js';
import { publishExamples } from '#server/import/publish.js';
import { buildWebForTests } from '#scripts/support/web-app.js';
import { makeExample } from '../fixtures/api/fixture-examples.js';
import { testEngine, uniqueIndexName } from '../support/engine.js';

// Two real `npm start` processes on one engine, as behind a load balancer: a session opened on one works on the other,
// a publication through one is seen by the other's public search at once (its kept answers dropped), a logout on one
// ends the session on both.

const root = resolve(import.meta.dirname, '../..');
const { url, masterKey } = testEngine();
const index = uniqueIndexName('twoproc');
const CURATOR = { name: 'Alex Morel', password: 'un mot de passe assez long' };
const children: ChildProcess[] = [];

/** Starts `npm start`'s script on a free port and resolves with its address once it says it is ready. */
function startProcess(): Promise<string> {
  const child = spawn(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/start.ts')], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', MEILI_URL: url, MEILI_MASTER_KEY: masterKey, MEILI_INDEX: index, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', SEARCH_CACHE_MS: '60000', DATA_WATCH_MS: '500' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((ok, fail) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /prêt : http:\/\/localhost:(\d+)\//.exec(out);
      if (ready) ok(`http://127.0.0.1:${ready[1]}`);
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => fail(new Error(`start.ts exited (${code}): ${out}`)));
  });
}

let a: string;
let b: string;

beforeAll(async () => {
  buildWebForTests();
  await publishExamples({ url, masterKey, index, examples: [makeExample({ id: 'base', title: 'Exemple de départ', regions: ['bretagne'] })], files: ['base.csv'] });
  const engine = createEngineClient({ url, key: masterKey });
  await curators(engine, index).add(CURATOR.name, CURATOR.password);
  engine.close();
  a = await startProcess();
  b = await startProcess();
}, 180_000);

afterAll(() => {
  for (const child of children) child.kill('SIGTERM');
});

const json = async (res: Response) => (await res.json()) as Record<string, unknown>;
const hits = async (base: string, q: string) => ((await json(await fetch(`${base}/api/search?q=${encodeURIComponent(q)}`))).totalHits as number);

describe('two app processes on one engine', () => {
  it('share sessions, imports and publications; a logout on one ends the session on both', async () => {
    const login = await fetch(`${a}/api/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(CURATOR) });
    expect(login.status).toBe(204);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const onB = await json(await fetch(`${b}/api/admin/session`, { headers: { cookie } }));
    expect(onB.name).toBe(CURATOR.name);
    const csrf = onB.csrfToken as string;
    const admin = (base: string, path: string, init: RequestInit = {}) => fetch(`${base}/api/admin/${path}`, { ...init, headers: { cookie, 'x-csrf-token': csrf, ...(init.headers ?? {}) } });

    // B answers « none » and keeps that answer (its cache lasts a minute here).
    expect(await hits(b, 'Potager pédagogique')).toBe(0);

    // Upload through A, follow it through B, publish through A.
    const form = new FormData();
    form.append('files', new Blob([readFileSync(join(root, 'tests/fixtures/admin/messy/laureats-fondation.csv'))]), 'laureats-fondation.csv');
    form.append('mapping', JSON.stringify({ columns: { "Libellé de l'opération": 'title', Territoire: 'regions' }, values: {} }));
    const created = await admin(a, 'imports', { method: 'POST', body: form });
    expect(created.status).toBe(201);
    const id = (await json(created)).id as string;
    let job: Record<string, unknown> = {};
    for (let i = 0; i < 300 && job.status !== 'ready'; i++) {
      job = await json(await admin(b, `imports/${id}`));
      if (job.status === 'failed') throw new Error(String(job.error));
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(job).toMatchObject({ status: 'ready', diff: { added: 4, removed: 1 } });
    const publish = await admin(a, `imports/${id}/publish`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ confirmRemoved: 1 }) });
    expect(publish.status).toBe(202);

    // B's public search shows it within about a second (its kept « none » dropped by its data-version watcher).
    const published = Date.now();
    await expect.poll(() => hits(b, 'Potager pédagogique'), { timeout: 10_000, interval: 100 }).toBe(1);
    expect(Date.now() - published).toBeLessThan(10_000);
    // The history entry follows the swap by a moment (publishStaged swaps, then records).
    await expect.poll(async () => ((await (await admin(b, 'versions')).json()) as { by: string; live: boolean }[])[0], { timeout: 10_000 }).toMatchObject({ by: CURATOR.name, live: true });
    await expect.poll(async () => (await json(await admin(b, `imports/${id}`))).status, { timeout: 10_000 }).toBe('published');

    // Logout through B: A refuses the cookie too.
    expect((await admin(b, 'logout', { method: 'POST' })).status).toBe(204);
    expect((await fetch(`${a}/api/admin/session`, { headers: { cookie } })).status).toBe(401);
  }, 180_000);
});
