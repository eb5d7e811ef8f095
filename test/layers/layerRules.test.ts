import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Proves every rule of .dependency-cruiser.cjs can fail: a small tree with one offending import
 * per rule (and allowed neighbours that must stay silent) is checked with the real depcruise.
 */
const repo = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

/** file → source. Comments name the rule each offending file breaks. */
const tree: Record<string, string> = {
  'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'bundler', jsx: 'react-jsx' } }),
  // electron-only-in-main-and-preload
  'electron/main/window.ts': "import { app } from 'electron';\nexport const a = app;\n",
  'electron/preload/index.ts': "import { contextBridge } from 'electron';\nexport const c = contextBridge;\n",
  'electron/store/db.ts': "import { app } from 'electron';\nexport const path = app;\n",
  // no-node-in-renderer-or-shared (the test file beside it is allowed)
  'renderer/src/files.ts': "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
  'renderer/src/files.test.ts': "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
  'shared/model/paths.ts': "import { join } from 'path';\nexport const j = join;\n",
  // no-node-packages-in-renderer-or-shared
  'shared/model/sqlite.ts': "import Database from 'better-sqlite3';\nexport const d = Database;\n",
  // ui-only-in-renderer (renderer itself may)
  'renderer/src/App.tsx': "import { useState } from 'react';\nimport { Button } from '@mantine/core';\nexport const s = [useState, Button];\n",
  'electron/exporters/chart.ts': "import { useState } from 'react';\nexport const s = useState;\n",
  'shared/ipc/ui.ts': "import { ReactFlow } from '@xyflow/react';\nexport const f = ReactFlow;\n",
  // shared-imports-only-shared
  'shared/model/usesEngine.ts': "import { graph } from '../../electron/engine/graph';\nexport const g = graph;\n",
  // renderer-not-into-node-side
  'renderer/src/direct.ts': "import { path } from '../../electron/store/db';\nexport const p = path;\n",
  // renderer-tests-not-into-node-side (the engine's test builder and the test host are allowed)
  'renderer/src/direct.test.ts':
    "import { path } from '../../electron/store/db';\nimport { build } from '../../electron/engine/testing/modelBuilder';\nimport { host } from '../../electron/testing/rendererHost';\nexport const p = [path, build, host];\n",
  'electron/engine/testing/modelBuilder.ts': 'export const build = 1;\n',
  'electron/testing/rendererHost.ts': 'export const host = 1;\n',
  // engine-is-pure and engine-no-io
  'electron/engine/graph.ts': 'export const graph = 1;\n',
  'electron/engine/check.ts': "import { path } from '../store/db';\nexport const p = path;\n",
  'electron/engine/io.ts': "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
  'electron/engine/io.test.ts': "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
  // no-cycles-between-features: findings and growth import each other, and so do canvas and project
  // (round a longer loop through layout); editor imports findings one way, and layout and canvas
  // import diagram one way
  'renderer/src/findings/FindingList.tsx': "import { factor } from '../growth/growthModel';\nexport const f = factor;\n",
  'renderer/src/findings/CheckingIndicator.tsx': 'export const indicator = 1;\n',
  'renderer/src/growth/growthModel.ts': 'export const factor = 1;\n',
  'renderer/src/growth/GrowthPanel.tsx': "import { indicator } from '../findings/CheckingIndicator';\nexport const g = indicator;\n",
  'renderer/src/editor/EditorScreen.tsx': "import { f } from '../findings/FindingList';\nexport const s = f;\n",
  'renderer/src/project/EditorContext.tsx': "import { layout } from '../layout/autoLayout';\nexport const context = layout;\n",
  'renderer/src/layout/autoLayout.ts':
    "import { size } from '../diagram/geometry';\nimport { note } from '../canvas/notes';\nexport const layout = [size, note];\n",
  'renderer/src/diagram/geometry.ts': 'export const size = 1;\n',
  'renderer/src/canvas/notes.ts': 'export const note = 1;\n',
  'renderer/src/canvas/Canvas.tsx':
    "import { context } from '../project/EditorContext';\nimport { size } from '../diagram/geometry';\nexport const c = [context, size];\n",
  // not-to-unresolvable
  'electron/cli/typo.ts': "import { x } from './missing';\nexport const y = x;\n",
  // allowed: the host uses Node and the store
  'electron/host/server.ts': "import { createServer } from 'node:http';\nimport { path } from '../store/db';\nexport const s = [createServer, path];\n",
};

const expected = [
  'electron-only-in-main-and-preload: electron/store/db.ts',
  'engine-is-pure: electron/engine/check.ts',
  'engine-no-io: electron/engine/io.ts',
  'no-cycles-between-features: renderer/src/canvas',
  'no-cycles-between-features: renderer/src/findings',
  'no-cycles-between-features: renderer/src/growth',
  'no-cycles-between-features: renderer/src/layout',
  'no-cycles-between-features: renderer/src/project',
  'no-node-in-renderer-or-shared: renderer/src/files.ts',
  'no-node-in-renderer-or-shared: shared/model/paths.ts',
  'no-node-packages-in-renderer-or-shared: shared/model/sqlite.ts',
  'not-to-unresolvable: electron/cli/typo.ts',
  'renderer-not-into-node-side: renderer/src/direct.ts',
  'renderer-tests-not-into-node-side: renderer/src/direct.test.ts',
  'shared-imports-only-shared: shared/model/usesEngine.ts',
  'ui-only-in-renderer: electron/exporters/chart.ts',
  'ui-only-in-renderer: shared/ipc/ui.ts',
];

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tenfold-layers-'));
  for (const [file, source] of Object.entries(tree)) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), source);
  }
  // Real packages, so imports resolve to node_modules/<name>/ exactly as in the project.
  await symlink(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('layer check (.dependency-cruiser.cjs)', () => {
  it('reports every offending import and nothing that is allowed', async () => {
    const depcruise = join(repo, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruiser.mjs');
    const args = [depcruise, 'electron', 'renderer', 'shared', '--config', join(repo, '.dependency-cruiser.cjs'), '--output-type', 'json'];
    // depcruise exits non-zero when it finds violations; the JSON report is on stdout either way.
    const output = await run(process.execPath, args, { cwd: dir, maxBuffer: 32 * 1024 * 1024 }).catch((error: { stdout?: string; stderr?: string }) => {
      if (!error.stdout) throw new Error(`depcruise failed: ${error.stderr ?? String(error)}`);
      return { stdout: error.stdout };
    });
    const report = JSON.parse(output.stdout) as { summary: { violations: Violation[] } };
    const found = [...new Set(report.summary.violations.map((v) => `${v.rule.name}: ${v.from}`))].sort();
    expect(found).toEqual(expected);
  }, 60_000);
});
