import { ConfigError, loadConfig } from '#server/config.js';
import { curatorId, curators, CuratorError } from '#server/admin/auth/curators.js';
import { generatePassword } from '#server/admin/auth/password.js';
import { sessions } from '#server/admin/auth/sessions.js';
import { EngineUnavailableError } from '#server/engine/binary.js';
import { connectEngine } from '#server/engine/connect.js';
import type { EngineHandle } from '#server/engine/embedded.js';
import { createEngineClient } from '#server/engine-client/engine-client.js';
import { askHidden, readStdin } from './admin/read-secret.js';

// `npm run admin -- add-curator NOM [--password-stdin | --generate]`, `list-curators`, `remove-curator NOM`: the
// curators' accounts, kept in the engine so every app process knows them.
const USAGE = `Usage :
  npm run admin -- add-curator NOM [--password-stdin | --generate]
      mot de passe demandé au terminal (sans écho), lu sur l’entrée standard, ou créé et affiché une fois
  npm run admin -- list-curators
  npm run admin -- remove-curator NOM`;

class UsageError extends Error {}

async function passwordFor(flags: Set<string>): Promise<{ password: string; generated: boolean }> {
  if (flags.has('--password-stdin')) return { password: await readStdin(), generated: false };
  if (flags.has('--generate') || !process.stdin.isTTY) return { password: generatePassword(), generated: true };
  const first = await askHidden('Mot de passe (12 caractères au moins) : ');
  const again = await askHidden('Le même, une seconde fois : ');
  if (first !== again) throw new CuratorError('Les deux saisies diffèrent : rien n’a été créé.');
  return { password: first, generated: false };
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const flags = new Set(rest.filter((a) => a.startsWith('--')));
  const name = rest.filter((a) => !a.startsWith('--')).join(' ');
  if (!command || command === '--help' || command === '-h') return console.log(USAGE);
  if (!['add-curator', 'list-curators', 'remove-curator'].includes(command)) throw new UsageError(`Commande inconnue : ${command}.\n${USAGE}`);
  if (command !== 'list-curators' && !name) throw new UsageError(`Indiquez le nom du compte.\n${USAGE}`);
  const config = loadConfig();
  let engine: EngineHandle | undefined;
  try {
    engine = await connectEngine(config);
    const client = createEngineClient({ url: engine.url, key: engine.masterKey, timeoutMs: 30_000 });
    const accounts = curators(client, config.MEILI_INDEX);
    if (command === 'add-curator') {
      const { password, generated } = await passwordFor(flags);
      const curator = await accounts.add(name, password);
      console.log(`Compte « ${curator.name} » créé.`);
      if (generated) console.log(`Mot de passe (affiché cette seule fois, à transmettre au curateur) : ${password}`);
    } else if (command === 'list-curators') {
      const list = await accounts.list();
      console.log(list.length ? list.map((c) => `${c.name}\t(créé le ${c.createdAt.slice(0, 10)})`).join('\n') : 'Aucun compte de curateur.');
    } else {
      if (!(await accounts.remove(name))) throw new CuratorError(`Aucun compte « ${name} ».`);
      await sessions(client, config.MEILI_INDEX, 0).closeAllOf(curatorId(name.trim()));
      console.log(`Compte « ${name} » supprimé, ses sessions fermées.`);
    }
    client.close();
  } finally {
    await engine?.stop();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const known = error instanceof UsageError || error instanceof CuratorError || error instanceof ConfigError || error instanceof EngineUnavailableError;
  console.error(known ? (error as Error).message : `Erreur inattendue : ${(error as Error)?.message ?? String(error)}`);
  process.exitCode = 1;
});
