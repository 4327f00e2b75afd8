// The boundaries of style.md, checked by `npm test` (npm run boundaries): data flows one way, domain/ stands alone.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-stands-alone',
      comment: 'domain/ is the contract: it imports only itself and zod (no Node, no browser, no other folder).',
      severity: 'error',
      from: { path: '^domain/' },
      to: { pathNot: ['^domain/', '^node_modules/zod/'] },
    },
    {
      name: 'web-not-server-or-scripts',
      comment: 'web/ talks to the server over HTTP only; it never imports server/ or scripts/.',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: ['^server/', '^scripts/', '^tests/'] },
    },
    {
      name: 'zod-not-in-the-browser',
      comment: 'The browser bundle imports the zod-free registry, never a schema: types only from example.ts and query.ts.',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: ['^node_modules/zod/', '^domain/(example|query)\\.ts$'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'server-not-web-or-scripts',
      comment: 'server/ never imports web/ or scripts/ (entry points import the server, not the other way).',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: ['^web/', '^scripts/', '^tests/'] },
    },
    {
      name: 'scripts-not-tests',
      comment: 'scripts/ (benchmarks included) never reach into tests/: shared helpers live in scripts/support/.',
      severity: 'error',
      from: { path: '^scripts/' },
      to: { path: '^tests/' },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^web/dist/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
