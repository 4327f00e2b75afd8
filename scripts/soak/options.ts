// The campaign's sizes: the whole one (`npm run soak`, minutes) and the short one run by `npm test` (≤ 60 s).

export interface SoakOptions {
  mode: 'complet' | 'court';
  fuzz: { requests: number; concurrency: number; perSecond: number };
  participants: number;
  webinarSeconds: number;
  /** Rows generated for the export phase, and exports at once (half CSV, half XLSX). */
  exportRows: number;
  exports: number;
  exportDeadlineMs: number;
  /** When to SIGKILL the import (it must be mid-run). */
  importKillAfterMs: number;
}

export const FULL: SoakOptions = {
  mode: 'complet',
  fuzz: { requests: 10_500, concurrency: 24, perSecond: 300 },
  participants: 250,
  webinarSeconds: 60,
  exportRows: 150_000,
  exports: 20,
  exportDeadlineMs: 15 * 60_000,
  importKillAfterMs: 1_500,
};

export const SHORT: SoakOptions = {
  mode: 'court',
  fuzz: { requests: 1_200, concurrency: 16, perSecond: 300 },
  participants: 250,
  webinarSeconds: 5,
  exportRows: 1_500,
  exports: 6,
  exportDeadlineMs: 60_000,
  importKillAfterMs: 1_200,
};
