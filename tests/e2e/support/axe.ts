import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

// axe-core injected into the page (the page's CSP forbids inline scripts: contexts that run it set bypassCSP) and run
// against WCAG 2.2 A and AA, every rule of those levels.
const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export interface AxeRule {
  id: string;
  impact?: string | null;
  tags: string[];
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

export interface AxeOutcome {
  version: string;
  passes: AxeRule[];
  violations: AxeRule[];
}

/** Runs axe-core on the page as it is now. */
export async function runAxe(page: Page): Promise<AxeOutcome> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_SOURCE });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { version: string; run: (ctx: Document, o: object) => Promise<AxeOutcome> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    const slim = (rules: AxeRule[]) => rules.map((x) => ({ id: x.id, impact: x.impact, tags: x.tags, help: x.help, nodes: x.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
    return { version: axe.version, passes: slim(r.passes), violations: slim(r.violations) };
  }, AXE_TAGS);
}

/** The serious and critical violations, one readable line each (what the tests fail on). */
export const blocking = (outcome: AxeOutcome): string[] =>
  outcome.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 5).join(', ')}`);

/** The WCAG success criteria a rule's tags name ("wcag143" → "1.4.3"). */
export const criteriaOf = (rule: AxeRule): string[] => rule.tags.flatMap((tag) => (/^wcag(\d)(\d)(\d+)$/.exec(tag) ? [tag.replace(/^wcag(\d)(\d)(\d+)$/, '$1.$2.$3')] : []));
