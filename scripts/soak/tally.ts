// What one phase of the soak saw: statuses, latencies, hangs, transport errors, leaks.

export interface PhaseFigures {
  phase: string;
  requests: number;
  statuses: Record<string, number>;
  status500: number;
  status429: number;
  hangs: number;
  /** Transport errors (reset, refused…), by code, and the first requests that met each. */
  errors: Record<string, number>;
  errorSamples: Record<string, string[]>;
  leaks: string[];
  p50: number;
  p95: number;
  p99: number;
  /** Extra figures a phase reports (memory, faults, rows). */
  notes: Record<string, string | number>;
}

export class Tally {
  private readonly latencies: number[] = [];
  readonly figures: PhaseFigures;

  constructor(phase: string) {
    this.figures = { phase, requests: 0, statuses: {}, status500: 0, status429: 0, hangs: 0, errors: {}, errorSamples: {}, leaks: [], p50: 0, p95: 0, p99: 0, notes: {} };
  }

  status(code: number, ms: number): void {
    const f = this.figures;
    f.requests++;
    f.statuses[String(code)] = (f.statuses[String(code)] ?? 0) + 1;
    if (code >= 500 && code !== 503) f.status500++;
    if (code === 429) f.status429++;
    this.latencies.push(ms);
  }

  hang(): void {
    this.figures.requests++;
    this.figures.hangs++;
  }

  error(code: string, label = ''): void {
    this.figures.requests++;
    this.figures.errors[code] = (this.figures.errors[code] ?? 0) + 1;
    const samples = (this.figures.errorSamples[code] ??= []);
    if (samples.length < 3) samples.push(label.slice(0, 100));
  }

  /** The app's own time for the requests it logged (access log `responseTime`), to tell its delay from the client's. */
  appTimes(times: number[]): void {
    const sorted = [...times].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
    this.note('app p50/p95/p99', `${at(0.5)}/${at(0.95)}/${at(0.99)} ms`);
  }

  leak(what: string): void {
    if (this.figures.leaks.length < 20) this.figures.leaks.push(what);
  }

  note(key: string, value: string | number): void {
    this.figures.notes[key] = value;
  }

  /** The figures with percentiles computed. */
  done(): PhaseFigures {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : 0);
    return { ...this.figures, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
  }
}
