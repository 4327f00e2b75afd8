import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { record, send } from './client.js';
import { ROOT, type Stack } from './stack.js';
import { Tally, type PhaseFigures } from './tally.js';

// The import reports of the soak's own runs go to a temporary folder, not the repository.
const REPORTS = join(tmpdir(), 'odd17-soak-rapports');

const health = async (stack: Stack) => {
  const outcome = await send({ path: '/api/health' }, { base: stack.base, hangMs: 5_000 });
  return 'answer' in outcome && outcome.answer.status === 200 ? (JSON.parse(outcome.answer.body.toString()) as { documents: number; dataVersion: string }) : undefined;
};

/** Distinct searches (none shared) at ~`perSecond` until `stop()`; each recorded. */
function backgroundLoad(stack: Stack, tally: Tally, perSecond: number): { stop(): Promise<void> } {
  let running = true;
  let i = 0;
  const loop = (async () => {
    while (running) {
      const path = `/api/search?q=${['partenariat', 'jeunes', 'climat'][i % 3]}&page=${1 + (i++ % 40)}`;
      void send({ path }, { base: stack.base }).then((o) => record(o, tally, stack.secrets, path));
      await new Promise((r) => setTimeout(r, 1000 / perSecond));
    }
  })();
  return { stop: async () => ((running = false), await loop, await new Promise((r) => setTimeout(r, 500))) };
}

/** Engine SIGKILLed under load, then started again: the app answers 503 meanwhile and recovers without a restart. */
export async function engineKill(stack: Stack): Promise<PhaseFigures> {
  const tally = new Tally('moteur tué puis relancé');
  const load = backgroundLoad(stack, tally, 20);
  await new Promise((r) => setTimeout(r, 1_000));
  await stack.killEngine();
  const down = Date.now();
  await new Promise((r) => setTimeout(r, 2_000));
  const during = await send({ path: '/api/search?q=panne' }, { base: stack.base, hangMs: 5_000 });
  await stack.restartEngine();
  let recovered = -1;
  for (let t = 0; t < 100 && recovered < 0; t++) {
    if (await health(stack)) recovered = Date.now() - down;
    else await new Promise((r) => setTimeout(r, 100));
  }
  await new Promise((r) => setTimeout(r, 1_000));
  await load.stop();
  const outage = 'answer' in during ? during.answer : undefined;
  tally.note('pendant la panne', outage ? `${outage.status} en ${outage.ms.toFixed(0)} ms` : 'pas de réponse');
  tally.note('retour', recovered >= 0 ? `${recovered} ms après l’arrêt` : 'jamais');
  tally.note('survived', outage?.status === 503 && outage.ms < 2_000 && recovered >= 0 ? 1 : 0);
  return tally.done();
}

/** `npm run import` killed with SIGKILL mid-run: the live data (count, data version) is untouched and still served. */
export async function importKill(stack: Stack, paths: string[], afterMs: number): Promise<PhaseFigures> {
  const tally = new Tally('import tué (kill -9)');
  const before = await health(stack);
  const load = backgroundLoad(stack, tally, 10);
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/import.ts'), '--report-dir', REPORTS, ...paths], { cwd: ROOT, env: stack.cliEnv(), stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | null>((r) => child.once('exit', (_code, signal) => r(signal)));
  await new Promise((r) => setTimeout(r, afterMs));
  child.kill('SIGKILL');
  const signal = await exited;
  await new Promise((r) => setTimeout(r, 1_000));
  await load.stop();
  const after = await health(stack);
  const same = !!before && !!after && before.documents === after.documents && before.dataVersion === after.dataVersion;
  tally.note('tué', signal === 'SIGKILL' ? `après ${afterMs} ms` : `fini avant (${signal ?? 'exit'})`);
  tally.note('données en ligne', same ? `inchangées (${after!.documents} exemples)` : `CHANGÉES ${JSON.stringify({ before, after })}`);
  tally.note('survived', same && signal === 'SIGKILL' ? 1 : 0);
  return tally.done();
}

/** `npm run import` of `paths` to the end (a child process, as a curator runs it); its duration. */
export async function runImportCli(stack: Stack, paths: string[]): Promise<{ ok: boolean; ms: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/import.ts'), '--report-dir', REPORTS, ...paths], { cwd: ROOT, env: stack.cliEnv(), stdio: ['ignore', 'ignore', 'inherit'] });
  const code = await new Promise<number | null>((r) => child.once('exit', r));
  return { ok: code === 0, ms: Date.now() - started };
}
