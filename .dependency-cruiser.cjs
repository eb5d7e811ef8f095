// The layer check (`npm run lint:layers`): which part of Tenfold may import what.
// docs/architecture.md (Layers) describes them; test/layers/layerRules.test.ts proves each rule
// fires on a small tree that breaks it.

const testFile = '\\.test\\.tsx?$';
// A package resolves to .../node_modules/<name>/...; an unresolved one keeps its bare name. Our
// own electron/ folder must not match, so the bare name matches only as the whole path.
const npmPackage = (names) => `(^|/)node_modules/(${names})/|^(${names})$`;
const electronPackage = npmPackage('electron');
const nodeOnlyPackages = npmPackage('electron|better-sqlite3');
const uiPackages = npmPackage('react|react-dom|@mantine|@xyflow|@tabler|recharts');

// A feature folder of the renderer (renderer/src/findings, renderer/src/growth, ...), as
// dependency-cruiser names folders.
const featureFolder = '^renderer/src/[^/]+$';
/**
 * No two renderer feature folders import each other, directly or round a longer loop: state and
 * helpers two features share live in a folder that imports neither (project/, diagram/).
 */
const noCyclesBetweenFeatures = {
  name: 'no-cycles-between-features',
  comment: 'Renderer feature folders form no cycle: shared state and helpers live in a folder that imports none of its users.',
  severity: 'error',
  scope: 'folder',
  from: { path: featureFolder },
  to: { path: featureFolder, circular: true },
};

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'electron-only-in-main-and-preload',
      comment: 'Only electron/main and electron/preload may import electron; everything else must run under plain Node (CLI, host, tests).',
      severity: 'error',
      from: { pathNot: '^electron/(main|preload)/' },
      to: { path: electronPackage },
    },
    {
      name: 'no-node-in-renderer-or-shared',
      comment: 'renderer/ and shared/ run in the browser too: no Node built-ins (tests excepted, they run under Node).',
      severity: 'error',
      from: { path: '^(renderer|shared)/', pathNot: testFile },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-node-packages-in-renderer-or-shared',
      comment: 'renderer/ and shared/ never import electron or better-sqlite3, not even from a test.',
      severity: 'error',
      from: { path: '^(renderer|shared)/' },
      to: { path: nodeOnlyPackages },
    },
    {
      name: 'ui-only-in-renderer',
      comment: 'React, Mantine, React Flow and other UI libraries belong to renderer/ alone.',
      severity: 'error',
      from: { pathNot: '^renderer/' },
      to: { path: uiPackages },
    },
    {
      name: 'shared-imports-only-shared',
      comment: 'shared/ is imported by every layer, so it may not depend on any of them.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(electron|renderer)/' },
    },
    {
      name: 'renderer-not-into-node-side',
      comment: 'renderer/ talks to Node-side code only through the contract (shared/ipc), never by import.',
      severity: 'error',
      from: { path: '^renderer/', pathNot: testFile },
      to: { path: '^electron/' },
    },
    {
      name: 'renderer-tests-not-into-node-side',
      comment: 'Even renderer tests may only borrow test helpers from electron/: the engine model builder, and the real host the component tests talk to.',
      severity: 'error',
      from: { path: '^renderer/.*' + testFile },
      to: { path: '^electron/(?!engine/testing/|testing/)' },
    },
    {
      name: 'engine-is-pure',
      comment: 'The engine is pure and deterministic: no storage, host, handlers, checking sessions or CLI.',
      severity: 'error',
      from: { path: '^electron/engine/' },
      to: { path: '^electron/(store|host|handlers|checking|templates|cli|main|preload)/' },
    },
    {
      name: 'engine-no-io',
      comment: 'The engine reads no files and no clock-bound services: Node built-ins only in its tests.',
      severity: 'error',
      from: { path: '^electron/engine/', pathNot: testFile },
      to: { dependencyTypes: ['core'] },
    },
    noCyclesBetweenFeatures,
    {
      name: 'not-to-unresolvable',
      comment: 'An import that cannot be resolved is a typo or a missing package.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(out|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
  },
};
