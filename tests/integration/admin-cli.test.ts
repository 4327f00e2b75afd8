import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { curators } from '#server/admin/auth/curators.js';
import { createEngineClient } from '#server/engine-client/engine-client.js';
import { testEngine, uniqueIndexName } from '../support/engine.js';

// `npm run admin`: accounts created (password from standard input, or generated and printed once), listed, removed.
const root = resolve(import.meta.dirname, '../..');
const { url, masterKey } = testEngine();
const index = uniqueIndexName('cli_admin');

function admin(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/admin.ts'), ...args], {
    cwd: root,
    env: { ...process.env, MEILI_URL: url, MEILI_MASTER_KEY: masterKey, MEILI_INDEX: index },
    input: input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run admin', () => {
  it('adds, lists and removes curators; refuses a short password and a second account of the same name', async () => {
    const added = admin(['add-curator', 'Camille', 'Martin', '--password-stdin'], 'un mot de passe assez long\n');
    expect(added.stdout).toContain('Compte « Camille Martin » créé.');
    expect(added.stdout).not.toContain('un mot de passe assez long');
    const engine = createEngineClient({ url, key: masterKey });
    expect(await curators(engine, index).verify('camille martin', 'un mot de passe assez long')).toMatchObject({ name: 'Camille Martin' });

    const generated = admin(['add-curator', 'Dominique']);
    const password = /affiché cette seule fois, à transmettre au curateur\) : (\S+)/.exec(generated.stdout)?.[1];
    expect(password).toBeDefined();
    expect(await curators(engine, index).verify('Dominique', password!)).toBeDefined();

    expect(admin(['add-curator', 'Alex', '--password-stdin'], 'court\n')).toMatchObject({ status: 1, stderr: expect.stringContaining('au moins 12 caractères') });
    expect(admin(['add-curator', 'CAMILLE MARTIN', '--password-stdin'], 'un autre mot de passe\n')).toMatchObject({ status: 1, stderr: expect.stringContaining('existe déjà') });
    expect(admin(['list-curators']).stdout).toMatch(/Camille Martin\t\(créé le \d{4}-\d\d-\d\d\)\nDominique/);
    expect(admin(['remove-curator', 'Dominique']).stdout).toContain('Compte « Dominique » supprimé, ses sessions fermées.');
    expect(admin(['remove-curator', 'Dominique'])).toMatchObject({ status: 1, stderr: expect.stringContaining('Aucun compte « Dominique »') });
    expect(admin(['frobnicate'])).toMatchObject({ status: 1, stderr: expect.stringContaining('Commande inconnue') });
    engine.close();
  });
});
