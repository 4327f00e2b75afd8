import type { PhaseFigures } from './tally.js';

export interface Goal {
  what: string;
  ok: boolean;
  seen: string;
}

export interface SoakResult {
  mode: 'complet' | 'court';
  phases: PhaseFigures[];
  memory: { beforeMb: number; afterMb: number };
  appLogErrors: number;
  /** The first distinct error messages the app logged, to say what they were. */
  appLogSamples: string[];
  goals: Goal[];
}

const n = (v: number) => v.toLocaleString('fr-FR');
const count = (f: PhaseFigures, pick: (status: number) => boolean) => Object.entries(f.statuses).reduce((sum, [s, c]) => sum + (pick(Number(s)) ? c : 0), 0);
const pad = (text: string | number, width: number) => String(text).padStart(width);

/** The campaign's table: one line per phase, then memory, faults, leaks, and each goal met or not. */
export function formatReport(result: SoakResult): string {
  const header = `${'phase'.padEnd(34)}${pad('requêtes', 9)}${pad('2xx', 8)}${pad('3xx', 6)}${pad('4xx', 7)}${pad('429', 7)}${pad('503', 6)}${pad('500', 5)}${pad('pendues', 8)}${pad('erreurs', 8)}${pad('p50', 7)}${pad('p95', 7)}${pad('p99', 7)}  ms`;
  const lines = result.phases.map((f) => {
    const errors = Object.values(f.errors).reduce((a, b) => a + b, 0);
    return `${f.phase.padEnd(34)}${pad(n(f.requests), 9)}${pad(n(count(f, (s) => s < 300)), 8)}${pad(n(count(f, (s) => s >= 300 && s < 400)), 6)}${pad(n(count(f, (s) => s >= 400 && s < 500 && s !== 429)), 7)}${pad(n(f.status429), 7)}${pad(n(count(f, (s) => s === 503)), 6)}${pad(f.status500, 5)}${pad(f.hangs, 8)}${pad(errors, 8)}${pad(f.p50.toFixed(0), 7)}${pad(f.p95.toFixed(0), 7)}${pad(f.p99.toFixed(0), 7)}`;
  });
  const notes = result.phases.filter((f) => Object.keys(f.notes).length || Object.keys(f.errors).length).map((f) => `  ${f.phase} : ${[...Object.entries(f.notes).map(([k, v]) => `${k} ${v}`), ...Object.entries(f.errors).map(([k, v]) => `${k} ×${v} (${f.errorSamples[k]?.join(' | ')})`)].join(' · ')}`);
  const leaks = result.phases.flatMap((f) => f.leaks);
  const faults = result.phases.reduce((s, f) => s + Number(f.notes.survived ?? 0), 0);
  const faultPhases = result.phases.filter((f) => 'survived' in f.notes).length;
  return [
    `Campagne de fiabilité (${result.mode}) — 127.0.0.1 seulement`,
    header,
    ...lines,
    ...notes,
    `Mémoire de l’application : ${result.memory.beforeMb.toFixed(0)} MB au début → ${result.memory.afterMb.toFixed(0)} MB à la fin`,
    `Pannes surmontées : ${faults}/${faultPhases} · fuites (clé, adresse du moteur, pile, chemin) : ${leaks.length ? leaks.join(' ; ') : 'aucune'} · lignes d’erreur dans le journal de l’application : ${result.appLogErrors}`,
    ...result.appLogSamples.map((line) => `  journal : ${line}`),
    ...result.goals.map((g) => `${g.ok ? '✓' : '✗'} ${g.what} : ${g.seen}`),
  ].join('\n');
}
