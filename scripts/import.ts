import { userInfo } from 'node:os';
import { ConfigError, loadConfig } from '#server/config.js';
import { EngineUnavailableError } from '#server/engine/binary.js';
import { connectEngine, stopOnSignals } from '#server/engine/connect.js';
import type { EngineHandle } from '#server/engine/embedded.js';
import { ImportError } from '#server/import/errors.js';
import { loadMapping } from '#server/import/mapping-file.js';
import { PublishError } from '#server/import/publish.js';
import { runImport, writeStoppedReport, type ImportProgress } from '#server/import/run-import.js';
import { formatSummary } from '#server/import/summary.js';

// `npm run import -- [fichiers ou dossiers…] [--dry-run] [--report-dir dossier] [--mapping fichier.json] [--sheet nom]`
const USAGE = 'Usage : npm run import -- [fichiers ou dossiers…] [--dry-run] [--report-dir dossier] [--mapping correspondance.json] [--sheet « nom de feuille »]';

interface Args {
  paths: string[];
  dryRun: boolean;
  reportDir: string;
  mapping?: string;
  sheet?: string;
}

const VALUED = { '--report-dir': 'reportDir', '--mapping': 'mapping', '--sheet': 'sheet' } as const;

function parseArgs(argv: string[]): Args {
  const paths: string[] = [];
  const args: Args = { paths, dryRun: false, reportDir: 'reports' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    if (arg === '--dry-run') args.dryRun = true;
    else if (name in VALUED) {
      const value = inline ?? argv[++i];
      if (!value) throw new ImportError(`L’option ${name} attend une valeur. ${USAGE}`);
      args[VALUED[name as keyof typeof VALUED]] = value;
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('-')) throw new ImportError(`Option inconnue : ${arg}. ${USAGE}`);
    else paths.push(arg);
  }
  if (paths.length === 0) paths.push('data/');
  return args;
}

/** Progress on one terminal line, rewritten in place; nothing when stderr is not a terminal. */
let reading = '';
let sending = '';
function progressLine(p: ImportProgress): void {
  if (!process.stderr.isTTY) return;
  const n = (v: number) => v.toLocaleString('fr-FR');
  if (p.phase === 'read') reading = `Lecture ${p.fileIndex + 1}/${p.files} ${p.file} : ${n(p.rows)} lignes (total ${n(p.totalRows)})`;
  else sending = ` · envoyés au moteur : ${n(p.sent)}`;
  process.stderr.write(`\r\x1b[K${reading}${sending}`.slice(0, (process.stderr.columns || 120) + 5));
}

const KNOWN = [ImportError, PublishError, ConfigError, EngineUnavailableError];

function message(error: unknown): string {
  if (KNOWN.some((type) => error instanceof type)) return (error as Error).message;
  const text = error instanceof Error ? error.message : String(error);
  if (/fetch failed|ECONNREFUSED|MeilisearchRequestError/i.test(`${text} ${(error as Error)?.name}`)) return `Moteur de recherche injoignable (${text})`;
  return `Erreur inattendue : ${text}`;
}

let engine: EngineHandle | undefined;
let args: Args | undefined;
try {
  args = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  if (!args.dryRun) {
    engine = await connectEngine(config);
    stopOnSignals(engine);
  }
  const mapping = args.mapping ? await loadMapping(args.mapping) : undefined;
  const report = await runImport({
    paths: args.paths,
    ...(engine ? { engine: { url: engine.url, masterKey: engine.masterKey } } : {}),
    index: config.MEILI_INDEX,
    dryRun: args.dryRun,
    by: `cli:${userInfo().username}`,
    reportDir: args.reportDir,
    ...(mapping ? { mapping } : {}),
    ...(args.sheet ? { sheet: args.sheet } : {}),
    onProgress: progressLine,
  });
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  console.log(formatSummary(report));
  // 2: published, but the report could not be written (said above); 1 is kept for runs that changed nothing.
  if (report.reportError) {
    console.error(`Attention : import publié, mais son rapport n’a pas pu être écrit (${report.reportError}).`);
    process.exitCode = 2;
  }
  await engine?.stop();
} catch (error) {
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  console.error(`Échec de l’import : ${message(error).split('\n').join(' ')}`);
  // A run that stopped before reading (no engine, a bad mapping file) has its report too (data-format.md §4).
  const reportFile = (error as { reportFile?: string } | undefined)?.reportFile ?? (args && (await writeStoppedReport({ dryRun: args.dryRun, index: process.env.MEILI_INDEX ?? 'examples', reportDir: args.reportDir }, message(error))));
  if (reportFile) console.error(`Rapport : ${reportFile}`);
  await engine?.stop().catch(() => {});
  process.exitCode = 1;
}
