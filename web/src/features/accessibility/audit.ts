import audit from './audit.json';

// The accessibility statement's facts, written by the browser tests (tests/e2e/accessibility.test.ts) from what they
// checked: the page states nothing the tests did not check, and says when they last ran.
export interface AuditScreen {
  id: string;
  name: { fr: string; en: string };
  path: string;
  viewport: string;
  /** axe-core rules that passed on this screen. */
  passes: number;
  violations: { critical: number; serious: number; moderate: number; minor: number };
}

export interface AuditJourney {
  id: string;
  name: { fr: string; en: string };
  /** WCAG success criteria the journey exercises, e.g. "2.1.1". */
  criteria: string[];
}

export interface Audit {
  date: string;
  axe: string;
  browser: string;
  tags: string[];
  screens: AuditScreen[];
  journeys: AuditJourney[];
  /** WCAG success criteria with at least one rule passed or one journey that exercises them. */
  criteria: string[];
}

export const AUDIT: Audit = audit;
