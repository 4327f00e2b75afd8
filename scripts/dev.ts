import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

// `npm run dev`: the API (scripts/start.ts, engine included) plus Vite's dev server with hot reload, proxying /api to it.
const root = resolve(import.meta.dirname, '..');
const apiPort = process.env.PORT ?? '3000';
const children: ChildProcess[] = [];

function run(name: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code, signal) => {
    console.log(`[dev] ${name} arrêté (${signal ?? code})`);
    stop(code ?? 0);
  });
  children.push(child);
  return child;
}

let stopping = false;
/** Stops both children (the API stops its engine itself) and exits. */
function stop(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

run('API', [resolve(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/start.ts'], { PORT: apiPort });
run('Vite', [resolve(root, 'node_modules/vite/bin/vite.js'), '--port', process.env.WEB_PORT ?? '5173', '--strictPort'], { API_PORT: apiPort });
console.log(`[dev] front avec rechargement à chaud : http://127.0.0.1:${process.env.WEB_PORT ?? '5173'}/ (API sur le port ${apiPort})`);
