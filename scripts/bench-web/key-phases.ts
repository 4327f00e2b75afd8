import type { Page } from 'playwright-core';
import type { ServerPhases } from './server-phases.js';

// The page's side of bench:web-phases, as plain script text (see page-probes.ts): per keystroke, when it was pressed,
// when its results were committed to the DOM and the animation frame after.
export const KEY_PHASES = `(() => {
  const keys = (window.keyPhases = []);
  let cur;
  document.addEventListener('keydown', () => { cur = { key: performance.now() }; keys.push(cur); }, true);
  new MutationObserver(() => {
    const r = document.querySelector('.results:not(.results--stale)');
    const q = r && new URLSearchParams((r.getAttribute('data-search') || '').split('?')[1] || '').get('q');
    if (cur && q && !cur.dom && q.length === keys.length) { cur.dom = performance.now(); requestAnimationFrame(() => (cur.raf = performance.now())); }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-search'], childList: true });
})();`;

type Phases = Record<string, number>;

/** One row per keystroke of `query` typed on `page`: its phases from the page's probes, Resource Timing and the server's. */
export async function keyPhaseRows(page: Page, query: string, done: number[], server: (q: string) => ServerPhases | undefined): Promise<Phases[]> {
  const { keys, fetches } = await page.evaluate(() => ({
    keys: (window as never as { keyPhases: Phases[] }).keyPhases,
    fetches: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.name.includes('/api/search')).map((e) => ({ q: new URL(e.name).searchParams.get('q'), start: e.startTime, requestStart: e.requestStart, responseStart: e.responseStart, responseEnd: e.responseEnd })),
  }));
  return keys.flatMap((k, i) => {
    const q = query.slice(0, i + 1);
    const f = fetches.find((x) => x.q === q);
    const s = server(q);
    if (!f || k.dom === undefined) return [];
    const gap = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? NaN : b - a);
    return [
      {
        'keystroke → results painted': done[i]!,
        'keydown → fetch() called': f.start - k.key!,
        'fetch() → request sent': f.requestStart - f.start,
        'request → first byte': f.responseStart - f.requestStart,
        '  server: received → engine asked': gap(s?.start, s?.engineStart),
        '  server: engine round trip': gap(s?.engineStart, s?.engineEnd),
        '  server: engine answer → response sent': gap(s?.engineEnd, s?.end),
        'first byte → last byte': f.responseEnd - f.responseStart,
        'last byte → results in the DOM': k.dom - f.responseEnd,
        'DOM → next animation frame': k.raf! - k.dom,
        'frame → painted (style, layout, paint)': done[i]! - (k.raf! - k.key!),
      },
    ];
  });
}
