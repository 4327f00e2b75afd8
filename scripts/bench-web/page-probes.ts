// The page's side of bench:web, as plain script text: added to every page before its own scripts (addInitScript), and
// kept out of tsx's transform (which wraps named functions in a `__name` helper the page does not have).
// Each time is read in a task after the animation frame that shows the awaited screen, so it includes its paint.
export const PAGE_PROBES = `(() => {
  const afterPaint = (shown, done) => {
    const check = () => (shown() ? setTimeout(() => done(performance.now())) : requestAnimationFrame(check));
    requestAnimationFrame(check);
  };
  const probes = { firstResults: undefined, lastKey: NaN };
  // From the document's start: the first result card painted (performance.now() counts from the navigation).
  // Said on the console, which the bench listens to: waiting for it with waitForFunction would inject Playwright's
  // selector engine (~30 ms of script, traced) into the page during the very load being measured.
  afterPaint(() => !!document.querySelector('article'), (t) => console.debug('bench:firstResults', (probes.firstResults = t)));
  document.addEventListener('keydown', () => (probes.lastKey = performance.now()), true);
  // Armed before a key is pressed: resolves with keydown → the results of that prefix painted.
  probes.arm = (prefix) => {
    probes.lastKey = NaN;
    probes.keyDone = new Promise((done) =>
      afterPaint(
        () => {
          // The answer listed is that of this prefix (the page says whose it lists; a build from before it said so drew the
          // URL's at once), complete (not kept while the next is awaited).
          const results = document.querySelector('.results:not(.results--stale)');
          const search = results && (results.hasAttribute('data-search') ? results.getAttribute('data-search') : location.search);
          return !Number.isNaN(probes.lastKey) && !!search && new URLSearchParams(search.split('?')[1] ?? '').get('q') === prefix && !!results.querySelector('article, .empty');
        },
        (t) => done(t - probes.lastKey),
      ),
    );
  };
  window.benchProbes = probes;
})();`;

/** What the probes expose on `window`, for the bench's evaluate calls. */
export interface PageProbes {
  firstResults: number | undefined;
  arm(prefix: string): void;
  keyDone: Promise<number>;
}
