// The committed sample: three exports with deliberate mess (duplicates, rejects, unmapped values, empty lines).
import { ANCIEN } from './dialect-ancien.js';
import { PLATEFORME } from './dialect-plateforme.js';
import { TABLEUR } from './dialect-tableur.js';
import { toRow, type Cells, type Dialect } from './dialect.js';
import { buildExample } from './build-example.js';
import { frenchDate } from './labels.js';
import { createRng, type Rng } from './prng.js';
import type { SampleExample } from './sample-example.js';
import { SHOWCASE } from './showcase.js';
import { THEME_BANKS } from './theme-banks.js';
import type { Line } from './write-csv.js';

/** What the committed sample deliberately contains; data/README.md and the tests rely on these numbers. */
export const COMMITTED = {
  files: { plateforme: PLATEFORME.file, tableur: TABLEUR.file, ancien: ANCIEN.file },
  generated: { plateforme: 636, tableur: 350, ancien: 270 },
  showcase: SHOWCASE.length,
  olderInAncien: 36,
  olderInPlateforme: 14,
  repeatedInPlateforme: 3,
  repeatedWithoutIdInTableur: 2,
  rejects: { plateforme: 3, tableur: 2, ancien: 1 },
  unmapped: { status: { value: 'En pause', rows: 2 }, themes: { value: 'Tourisme durable', rows: 3 } },
  droppedWebsite: 'javascript:alert(document.cookie)',
  emptyLines: { plateforme: 0, tableur: 2, ancien: 1 },
} as const;

export interface PlannedFile {
  readonly dialect: Dialect;
  readonly lines: Line[];
}

const pad = (n: number): string => String(n).padStart(2, '0');
const isoIn = (rng: Rng, year: number, floor = ''): string => {
  const date = `${year}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
  return date < floor ? floor : date;
};

/** An earlier state of the same example: older date, first result only, still marked as ongoing. */
function olderVersion(rng: Rng, ex: SampleExample, from: number, to: number): SampleExample {
  const year = Math.max(ex.year ?? from, rng.int(from, to));
  return { ...ex, updatedAt: isoIn(rng, Math.min(year, to), ex.startDate), results: ex.results.split('\n')[0]!, status: 'en-cours' };
}

function insertAt<T>(rng: Rng, list: T[], item: T): void {
  list.splice(rng.int(1, list.length), 0, item);
}

function rowsOf(rng: Rng, dialect: Dialect, examples: readonly SampleExample[]): Cells[] {
  return examples.map((ex) => dialect.render(ex, rng));
}

export function planCommittedSample(seed: number): PlannedFile[] {
  const rng = createRng(seed);
  const taken = new Set(SHOWCASE.map((s) => s.title));
  let counter = 0;
  const generate = (dialect: Dialect, count: number): SampleExample[] =>
    Array.from({ length: count }, () => buildExample(rng, THEME_BANKS[counter % THEME_BANKS.length]!, `ODD17-${String(++counter).padStart(5, '0')}`, dialect.era, taken));

  const plat = [...SHOWCASE, ...generate(PLATEFORME, COMMITTED.generated.plateforme)];
  const tab = generate(TABLEUR, COMMITTED.generated.tableur);
  const anc = generate(ANCIEN, COMMITTED.generated.ancien);
  const spare = generate(PLATEFORME, 6); // bodies for the rejected rows, never imported

  const platRows = rowsOf(rng, PLATEFORME, plat);
  const tabRows = rowsOf(rng, TABLEUR, tab);
  const ancRows = rowsOf(rng, ANCIEN, anc);

  // Duplicates: pick from generated rows only, each example in at most one duplicate pair.
  const olderForAncien = plat.slice(SHOWCASE.length, -COMMITTED.repeatedInPlateforme).filter((ex) => (ex.year ?? 9999) <= 2020).slice(0, COMMITTED.olderInAncien);
  for (const ex of olderForAncien) insertAt(rng, ancRows, ANCIEN.render(olderVersion(rng, ex, 2019, 2021), rng));
  const tabOlder = tab.map((ex, i) => [ex, i] as const).filter(([ex]) => (ex.year ?? 9999) <= 2022).slice(0, COMMITTED.olderInPlateforme);
  for (const [ex, i] of tabOlder) {
    tabRows[i]!.id = ex.id; // the spreadsheet row must carry the id for the pair to meet
    insertAt(rng, platRows, PLATEFORME.render(olderVersion(rng, ex, 2023, 2023), rng));
  }
  const repeated = plat.slice(-COMMITTED.repeatedInPlateforme);
  for (const ex of repeated) platRows.push(PLATEFORME.render({ ...ex, updatedAt: '2024-12-30' }, rng));
  const tabFirstIndex = tabOlder.length > 0 ? tabOlder[tabOlder.length - 1]![1] + 1 : 0;
  for (let k = 0; k < COMMITTED.repeatedWithoutIdInTableur; k++) {
    const row = tabRows[tabFirstIndex + k]!;
    row.id = '';
    tabRows.push({ ...row, updatedAt: frenchDate('2025-12-30') });
  }

  // Unmapped values and a dropped website, on rows that have no duplicate.
  const platPlain = platRows.filter((r) => r.id?.startsWith('ODD17-') && !olderForAncien.some((e) => e.id === r.id) && !repeated.some((e) => e.id === r.id) && !tabOlder.some(([e]) => e.id === r.id));
  platPlain[10]!.status = COMMITTED.unmapped.status.value;
  platPlain[200]!.status = COMMITTED.unmapped.status.value;
  platPlain[333]!.website = COMMITTED.droppedWebsite;
  platPlain[444]!.description = `${platPlain[444]!.description}<script>alert("ODD17")</script>`;
  const themeRows = [tab.length - 10, tab.length - 60, tab.length - 110];
  if (themeRows.some((i) => i < tabFirstIndex + COMMITTED.repeatedWithoutIdInTableur)) throw new Error('sample plan: unmapped rows overlap duplicates');
  for (const index of themeRows) tabRows[index]!.themes = `${tabRows[index]!.themes}, ${COMMITTED.unmapped.themes.value}`;

  // Rows that must be rejected: no title once cleaned.
  const rejects = spare.map((ex, i) => ({ ex, title: ['', '   ', '<p>&nbsp;</p>', '', '', ''][i]! }));
  rejects.slice(0, 3).forEach(({ ex, title }) => insertAt(rng, platRows, { ...PLATEFORME.render(ex, rng), title }));
  rejects.slice(3, 5).forEach(({ ex, title }) => insertAt(rng, tabRows, { ...TABLEUR.render(ex, rng), title, note: 'Titre à trouver avec le porteur' }));
  rejects.slice(5).forEach(({ ex, title }) => insertAt(rng, ancRows, { ...ANCIEN.render(ex, rng), title }));

  const ancLines: Line[] = ancRows.map((r) => toRow(ANCIEN, r));
  ancLines.splice(Math.floor(ancLines.length / 2), 0, { raw: '' });
  const tabLines: Line[] = [...tabRows.map((r) => toRow(TABLEUR, r)), toRow(TABLEUR, {}), toRow(TABLEUR, {})];
  return [
    { dialect: PLATEFORME, lines: platRows.map((r) => toRow(PLATEFORME, r)) },
    { dialect: TABLEUR, lines: tabLines },
    { dialect: ANCIEN, lines: ancLines },
  ];
}
