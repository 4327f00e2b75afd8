import { userInfo } from 'node:os';
import { ConfigError, loadConfig } from '#server/config.js';
import { EngineUnavailableError } from '#server/engine/binary.js';
import { connectEngine, stopOnSignals } from '#server/engine/connect.js';
import type { EngineHandle } from '#server/engine/embedded.js';
import { ImportError } from '#server/import/errors.js';
import { readMappingFile } from '#server/import/mapping-file.js';
import { PublishError } from '#server/import/publish.js';
import { runImport, type ImportProgress } from '#server/import/run-import.js';
import { formatSummary } from '#server/import/summary.js';

// `npm run import -- [fichiers ou dossiers…] [--dry-run] [--report-dir dossier] [--mapping fichier.json]`
const USAGE = 'Usage : npm run import -- [fichiers ou dossiers…] [--dry-run] [--report-dir dossier] [--mapping fichier.json]';

function parseArgs(argv: string[]): { paths: string[]; dryRun: boolean; reportDir: string; mapping?: string } {
  const paths: string[] = [];
  let dryRun = false;
  let reportDir = 'reports';
  let mapping: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--dry-run') dryRun = true;
    else if (arg === '--report-dir' && argv[i + 1]) reportDir = argv[++i]!;
    else if (arg.startsWith('--report-dir=')) reportDir = arg.slice('--report-dir='.length);
    else if (arg === '--mapping' && argv[i + 1]) mapping = argv[++i]!;
    else if (arg.startsWith('--mapping=')) mapping = arg.slice('--mapping='.length);
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('-')) throw new ImportError(`Option inconnue : ${arg}. ${USAGE}`);
    else paths.push(arg);
  }
  return { paths: paths.length ? paths : ['data/'], dryRun, reportDir, ...(mapping ? { mapping } : {}) };
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
try {
  const args = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  const mapping = args.mapping ? await readMappingFile(args.mapping) : undefined;
  if (!args.dryRun) {
    engine = await connectEngine(config);
    stopOnSignals(engine);
  }
  const report = await runImport({
    paths: args.paths,
    ...(engine ? { engine: { url: engine.url, masterKey: engine.masterKey } } : {}),
    index: config.MEILI_INDEX,
    dryRun: args.dryRun,
    mapping,
    keepVersions: config.KEEP_VERSIONS,
    by: `cli:${userInfo().username}`,
    reportDir: args.reportDir,
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
  await engine?.stop().catch(() => {});
  process.exitCode = 1;
}
