import { request as httpRequest } from 'node:http';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishExamples } from '#server/import/publish.js';
import { jobsIndex, uploadsIndex } from '#server/admin/store/admin-indexes.js';
import { stagePrefix } from '#server/publish/index-names.js';
import { makeExample } from '../fixtures/api/fixture-examples.js';
import { adminApp, CURATOR, loggedIn, type AdminApp } from '../fixtures/admin/admin-app.js';
import { testEngine } from '../support/engine.js';
import { WORKBOOK_ENTRIES, zipBytes } from '../support/zip-bytes.js';

// Every admin route, as api.md lists it: [method, path].
const ROUTES: [string, string][] = [
  ['get', '/api/admin/session'],
  ['post', '/api/admin/logout'],
  ['post', '/api/admin/imports'],
  ['get', '/api/admin/imports'],
  ['get', '/api/admin/imports/x1'],
  ['get', '/api/admin/imports/x1/diff'],
  ['get', '/api/admin/imports/x1/diff.csv'],
  ['put', '/api/admin/imports/x1/mapping'],
  ['post', '/api/admin/imports/x1/publish'],
  ['delete', '/api/admin/imports/x1'],
  ['get', '/api/admin/versions'],
  ['get', '/api/admin/versions/1-a/report'],
  ['post', '/api/admin/versions/0123456789ab/restore'],
  ['get', '/api/admin/restores/x1'],
  ['get', '/api/admin/profiles'],
  ['get', '/api/admin/profiles/Plateforme'],
  ['put', '/api/admin/profiles/Plateforme'],
  ['delete', '/api/admin/profiles/Plateforme'],
  ['get', '/api/admin/anything-else'],
];

let t: AdminApp;
const { url, masterKey } = testEngine();

beforeAll(async () => {
  t = await adminApp();
  await publishExamples({ url, masterKey, index: t.index, examples: [makeExample({ id: 'a', title: 'Alpha', regions: ['bretagne'] })], files: ['base.csv'] });
});
afterAll(() => t.close());

/** What the workspace keeps in the engine for this index: jobs, uploaded chunks, stages. */
async function footprint(): Promise<{ jobs: number; chunks: number; stages: string[]; live: number }> {
  const count = async (uid: string) => (await t.engine.request<{ total: number }>('POST', `/indexes/${uid}/documents/fetch`, { limit: 1 }).catch(() => ({ total: 0 }))).total;
  const indexes = (await t.engine.request<{ results: { uid: string }[] }>('GET', '/indexes?limit=1000')).results.map((i) => i.uid);
  return { jobs: await count(jobsIndex(t.index)), chunks: await count(uploadsIndex(t.index)), stages: indexes.filter((u) => u.startsWith(stagePrefix(t.index))), live: await count(t.index) };
}

describe('curators’ workspace: access', () => {
  it('answers 401 on every admin route without a session, in French, with nothing of the engine', async () => {
    for (const [method, path] of ROUTES) {
      const res = await (request(t.app) as unknown as Record<string, (p: string) => request.Test>)[method]!(path);
      expect(res.status, `${method} ${path}`).toBe(401);
      expect(res.body.error.code).toBe('unauthorized');
      expect(res.body.error.message).toMatch(/Connectez-vous/);
    }
  });

  it('answers 403 on every change without the CSRF token, even with a session', async () => {
    const { agent } = await loggedIn(t.app);
    for (const [method, path] of ROUTES.filter(([m]) => m !== 'get')) {
      const res = await (agent as unknown as Record<string, (p: string) => request.Test>)[method]!(path).set('X-CSRF-Token', 'not-the-token');
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    }
  });

  it('sets an HttpOnly, SameSite=Strict cookie limited to /api/admin, and refuses it once logged out', async () => {
    const login = await request(t.app).post('/api/admin/login').send(CURATOR).expect(204);
    const cookie = login.headers['set-cookie']![0]!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/admin/);
    expect(cookie).not.toMatch(/Secure/); // plain HTTP here; Secure behind TLS (req.secure)
    const pair = cookie.split(';')[0]!;
    const session = await request(t.app).get('/api/admin/session').set('Cookie', pair).expect(200);
    expect(session.body).toMatchObject({ name: CURATOR.name });
    await request(t.app).post('/api/admin/logout').set('Cookie', pair).set('X-CSRF-Token', session.body.csrfToken).expect(204);
    await request(t.app).get('/api/admin/session').set('Cookie', pair).expect(401);
    await request(t.app).get('/api/admin/versions').set('Cookie', pair).expect(401);
  });

  it('marks the cookie Secure behind a TLS proxy it trusts', async () => {
    const behind = await adminApp({ index: t.index, app: { trustProxy: 1 } });
    const login = await request(behind.app).post('/api/admin/login').set('X-Forwarded-Proto', 'https').send(CURATOR).expect(204);
    expect(login.headers['set-cookie']![0]).toMatch(/Secure/);
    behind.close();
  });

  it('throttles brute force per account with a French message and Retry-After, shared by every app process', async () => {
    const other = await adminApp({ index: t.index });
    const name = 'Dominique Bernard';
    await t.svc.curators.add(name, 'un autre mot de passe sûr');
    for (let i = 0; i < 5; i++) {
      const app = i % 2 ? other.app : t.app;
      const res = await request(app).post('/api/admin/login').send({ name, password: `essai-${i}` });
      expect(res.status).toBe(401);
      expect(res.body.error.message).toBe('Nom ou mot de passe incorrect.');
    }
    // Locked on both processes, even with the right password.
    for (const app of [t.app, other.app]) {
      const res = await request(app).post('/api/admin/login').send({ name, password: 'un autre mot de passe sûr' });
      expect(res.status).toBe(429);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect(res.body.error.message).toMatch(/Trop d’essais de connexion pour ce compte : réessayez dans/);
    }
    // Another account from the same address still logs in.
    await request(t.app).post('/api/admin/login').send(CURATOR).expect(204);
    other.close();
  });

  it('throttles one address trying many accounts', async () => {
    const strict = await adminApp({ index: t.index, admin: { throttle: { maxPerAccount: 50, maxPerIp: 3, lockMs: 60_000 } } });
    const from = (app: typeof strict.app, n: number) => request(app).post('/api/admin/login').set('X-Forwarded-For', '203.0.113.9').send({ name: `inconnu-${n}`, password: 'x' });
    const behind = await adminApp({ index: t.index, app: { trustProxy: 1 }, admin: { throttle: { maxPerAccount: 50, maxPerIp: 3, lockMs: 60_000 } } });
    for (let n = 0; n < 3; n++) expect((await from(behind.app, n)).status).toBe(401);
    const blocked = await from(behind.app, 9);
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.message).toMatch(/depuis cette adresse/);
    strict.close();
    behind.close();
  });
});

describe('curators’ workspace: uploads refused cleanly, nothing changed', () => {
  const upload = async (name: string, data: Buffer) => {
    const { agent, csrf } = await loggedIn(t.app);
    return agent.post('/api/admin/imports').set('X-CSRF-Token', csrf).attach('files', data, name);
  };

  it('refuses a file that is not a spreadsheet, whatever its name says', async () => {
    const before = await footprint();
    const cases: [string, Buffer, RegExp][] = [
      ['export.csv', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), /c’est un document PDF/],
      ['photo.xlsx', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /c’est une image PNG/],
      ['ancien.xlsx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /Excel 97-2003 \(\.xls\)/],
      ['donnees.csv', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) % 256)), /contenu est binaire/],
      ['archive.xlsx', zipBytes([{ name: 'notes.txt', data: Buffer.from('bonjour') }]), /archive zip, pas un classeur Excel/],
    ];
    for (const [name, data, message] of cases) {
      const res = await upload(name, data);
      expect(res.status, name).toBe(415);
      expect(res.body.error.code).toBe('unsupported_file');
      expect(res.body.error.message).toMatch(message);
      expect(res.body.error.message).toMatch(/Rien n’a été enregistré/);
    }
    expect(await footprint()).toEqual(before);
  });

  it('refuses zip bombs: one too large once inflated, and one whose headers lie about its size', async () => {
    const before = await footprint();
    const zeros = Buffer.alloc(30 * 1024 * 1024);
    const honest = zipBytes([...WORKBOOK_ENTRIES, { name: 'xl/worksheets/sheet1.xml', data: zeros }]);
    expect(honest.length).toBeLessThan(100_000);
    const lying = zipBytes([...WORKBOOK_ENTRIES, { name: 'xl/worksheets/sheet1.xml', data: zeros, declaredSize: 1_000 }]);
    for (const bomb of [honest, lying]) {
      const res = await upload('laureats.xlsx', bomb);
      expect(res.status).toBe(415);
      expect(res.body.error.message).toMatch(/classeur|archive/);
    }
    expect(await footprint()).toEqual(before);
  });

  it('refuses a 200 MB file with a 413 before storing anything', async () => {
    const before = await footprint();
    const { agent, csrf } = await loggedIn(t.app);
    const big = Buffer.alloc(200 * 1024 * 1024, 0x61);
    const res = await agent.post('/api/admin/imports').set('X-CSRF-Token', csrf).attach('files', big, 'enorme.csv');
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
    expect(res.body.error.message).toMatch(/dépasse la taille autorisée \(5 Mo par fichier/);
    expect(await footprint()).toEqual(before);
  });

  it('refuses a file past the limit even when the request does not say its length (chunked)', async () => {
    const before = await footprint();
    const login = await request(t.app).post('/api/admin/login').send(CURATOR).expect(204);
    const cookie = login.headers['set-cookie']![0]!.split(';')[0]!;
    const csrf = (await request(t.app).get('/api/admin/session').set('Cookie', cookie)).body.csrfToken as string;
    const server = t.app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const { port } = server.address() as { port: number };
    const boundary = 'xBOUNDARYx';
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/api/admin/imports', headers: { Cookie: cookie, 'X-CSRF-Token': csrf, 'Content-Type': `multipart/form-data; boundary=${boundary}` } }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, body }));
      });
      req.on('error', reject);
      req.write(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="gros.csv"\r\nContent-Type: text/csv\r\n\r\n`);
      const chunk = Buffer.alloc(1024 * 1024, 0x61);
      for (let i = 0; i < 8; i++) req.write(chunk);
      req.end(`\r\n--${boundary}--\r\n`);
    });
    server.close();
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error.message).toMatch(/gros\.csv dépasse la taille autorisée/);
    expect(await footprint()).toEqual(before);
  });
});

describe('curators’ workspace: the journal', () => {
  it('logs every admin action with the curator’s name, and a refused login with the name tried, never a password', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
    const logged = await adminApp({ index: t.index, app: { logger } });
    await request(logged.app).post('/api/admin/login').send({ name: CURATOR.name, password: 'mauvais mot de passe' }).expect(401);
    const { agent, csrf } = await loggedIn(logged.app);
    await agent.put('/api/admin/profiles/Essai').set('X-CSRF-Token', csrf).send({ mapping: { columns: {}, values: {} } }).expect(200);
    await agent.delete('/api/admin/profiles/Essai').set('X-CSRF-Token', csrf).expect(204);
    await agent.post('/api/admin/logout').set('X-CSRF-Token', csrf).expect(204);
    const actions = lines.filter((l) => typeof l.msg === 'string' && l.msg.startsWith('admin:'));
    expect(actions.map((l) => [l.msg, l.curator])).toEqual([
      ['admin: connexion refusée', CURATOR.name],
      ['admin: connexion', CURATOR.name],
      ['admin: profil enregistré', CURATOR.name],
      ['admin: profil supprimé', CURATOR.name],
      ['admin: déconnexion', CURATOR.name],
    ]);
    const all = JSON.stringify(lines);
    expect(all).not.toContain(CURATOR.password);
    expect(all).not.toContain('mauvais mot de passe');
    expect(all).not.toMatch(/odd17_admin=/);
    logged.close();
  });
});

describe('curators’ workspace: what never leaves the server', () => {
  it('has no master key nor engine address in any admin answer', async () => {
    const { agent, csrf } = await loggedIn(t.app);
    const created = await agent.post('/api/admin/imports').set('X-CSRF-Token', csrf).attach('files', Buffer.from('Titre;Région\nCantine bio;Bretagne\n'), 'petit.csv').expect(201);
    const id = created.body.id as string;
    const bodies: string[] = [JSON.stringify(created.body)];
    for (let i = 0; i < 100; i++) {
      const res = await agent.get(`/api/admin/imports/${id}`);
      bodies.push(res.text);
      if (res.body.status !== 'reading') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    for (const path of ['/api/admin/session', '/api/admin/imports', `/api/admin/imports/${id}/diff`, `/api/admin/imports/${id}/diff.csv`, '/api/admin/versions', '/api/admin/profiles', '/api/admin/imports/nope', '/api/admin/versions/zzz/restore']) {
      const res = path.endsWith('/restore') ? await agent.post(path).set('X-CSRF-Token', csrf) : await agent.get(path);
      bodies.push(res.text, JSON.stringify(res.headers));
    }
    const host = new URL(url).host;
    for (const body of bodies) {
      expect(body).not.toContain(masterKey);
      expect(body).not.toContain(host);
      expect(body).not.toContain(url);
    }
  });
});
