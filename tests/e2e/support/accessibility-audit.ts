import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { Audit, AuditJourney, AuditScreen } from '#web/src/features/accessibility/audit.js';

// What the accessibility statement (« Accessibilité ») says, as the browser tests check it: every screen run through
// axe-core, every keyboard-only journey. The tests write web/src/features/accessibility/audit.json when asked
// (WRITE_A11Y_STATEMENT=1), and otherwise fail if the statement lists other screens or journeys than they check.
export const AUDIT_FILE = resolve(import.meta.dirname, '../../../web/src/features/accessibility/audit.json');

export interface ScreenCheck {
  id: string;
  name: { fr: string; en: string };
  path: string;
  width: number;
  height: number;
  /** What to do once the page has loaded (open a menu, cut the service…), then wait for the screen. */
  setup?: (page: Page) => Promise<void>;
}

export const JOURNEYS = {
  search: { id: 'search', name: { fr: 'Chercher, ouvrir un exemple et revenir au même résultat', en: 'Search, open an example and come back to the same result' }, criteria: ['2.1.1', '2.4.3', '2.4.7', '3.2.1'] },
  map: { id: 'map', name: { fr: 'Filtrer par la carte (Tab et flèches) et retrouver la région cochée dans la liste', en: 'Filter on the map (Tab and arrows) and find the ticked region in the list' }, criteria: ['2.1.1', '2.4.3', '4.1.2'] },
  export: { id: 'export', name: { fr: 'Ouvrir le menu d’export et le refermer par Échap', en: 'Open the export menu and close it with Escape' }, criteria: ['2.1.1', '2.1.2', '2.4.3'] },
  sheet: { id: 'sheet', name: { fr: 'Sur téléphone, filtrer dans le panneau et voir les résultats', en: 'On a phone, filter in the sheet and see the results' }, criteria: ['2.1.1', '2.1.2', '2.4.3', '4.1.3'] },
  pages: { id: 'pages', name: { fr: 'Changer de page de résultats', en: 'Go to the next page of results' }, criteria: ['2.1.1', '2.4.3', '4.1.3'] },
} satisfies Record<string, AuditJourney>;

/** Writes the statement's facts (WRITE_A11Y_STATEMENT=1), or checks that the committed ones list exactly what was checked. */
export function recordAudit(facts: Omit<Audit, 'date' | 'journeys' | 'criteria'> & { criteria: string[] }): { written: boolean; committed: Audit } {
  const journeys = Object.values(JOURNEYS);
  const criteria = [...new Set([...facts.criteria, ...journeys.flatMap((j) => j.criteria)])].sort(bySc);
  const committed = JSON.parse(readFileSync(AUDIT_FILE, 'utf8')) as Audit;
  if (process.env.WRITE_A11Y_STATEMENT !== '1') return { written: false, committed };
  const audit: Audit = { date: new Date().toISOString().slice(0, 10), ...facts, journeys, criteria };
  writeFileSync(AUDIT_FILE, `${JSON.stringify(audit, null, 2)}\n`);
  return { written: true, committed: audit };
}

/** "1.4.3" before "1.4.10". */
const bySc = (a: string, b: string): number => {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
};

export type { AuditScreen };
