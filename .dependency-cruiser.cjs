// Import rules for the monorepo; `pnpm lint` runs them. The server's layers, top to bottom
// (docs/architecture.md, "Layers"): a module may import its own layer's folders and the layers below it.
const S = '^packages/server/src/';
const TRANSPORT_FILE = '[.](routes|resolver)[.]ts$';

/** Each layer: the paths in it, and the paths that look like it but belong elsewhere. */
const LAYERS = [
  { name: 'composition', path: [`${S}main[.]ts$`, `${S}composition/`, `${S}admin/`] },
  {
    name: 'protocol and transport',
    path: [`${S}oauth/`, `${S}[^/]+/[^/]+${TRANSPORT_FILE}`],
    pathNot: `${S}composition/`,
  },
  { name: 'domain', path: `${S}(apps|authorizations|api)/`, pathNot: TRANSPORT_FILE },
  { name: 'principals', path: `${S}principals/` },
  { name: 'grants and accounts', path: `${S}(grants|accounts)/`, pathNot: TRANSPORT_FILE },
  { name: 'toolkit', path: `${S}(toolkit|rate-limits)/` },
  { name: 'foundation', path: `${S}(db|config|crypto|errors)/` },
];

const upwardImports = LAYERS.flatMap((lower, index) =>
  LAYERS.slice(0, index).map((upper) => ({
    name: `no-import-up:${lower.name}->${upper.name}`,
    comment: `${lower.name} sits below ${upper.name}, so it must not import it`,
    severity: 'error',
    from: { path: lower.path, ...(lower.pathNot ? { pathNot: lower.pathNot } : {}) },
    to: { path: upper.path, ...(upper.pathNot ? { pathNot: upper.pathNot } : {}) },
  })),
);

module.exports = {
  forbidden: [
    ...upwardImports,
    {
      name: 'no-folder-cycles',
      comment: 'Folders import one another one way only',
      severity: 'error',
      from: { path: '^packages/[^/]+/src/' },
      to: { circular: true },
      scope: 'folder',
    },
    {
      name: 'no-module-cycles',
      severity: 'error',
      from: { path: '^packages/[^/]+/src/' },
      to: { circular: true },
    },
    {
      name: 'web-never-imports-server',
      severity: 'error',
      from: { path: '^packages/web/' },
      to: { path: '^packages/server/' },
    },
    {
      name: 'shared-imports-no-package',
      severity: 'error',
      from: { path: '^packages/shared/' },
      to: { path: '^packages/(server|web)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Tests and their helpers may import across layers; the rules are for the product's code.
    exclude: {
      path: '(^|/)(dist|node_modules)/|[.]test[.]tsx?$|[.]test-helpers[.]tsx?$|[.]d[.]ts$|^packages/web/src/test/',
    },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    combinedDependencies: true,
  },
};
