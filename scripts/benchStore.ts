/**
 * The library's rows of `npm run bench` (docs/performance.md): saving a revision of a 10,000-component
 * project ≤ 50 ms, opening it ≤ 100 ms. The real library (SQLite in a temporary folder) with the
 * same layered model as the check rows, laid out on a grid as a saved project would be.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLibrary } from '../electron/store/library';
import type { Project } from '../shared/model/project';
import { layeredModel } from './benchModel';
import { cpuMs, median } from './benchSupport';

export interface StoreBenchRow {
  readonly operation: 'save' | 'open';
  readonly components: number;
  readonly runs: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly medianCpuMs: number;
  readonly budgetMs: number;
}

const SIZE = 10_000;
const RUNS = 15;

/** Every component with a stored position: a saved project carries its layout. */
function withGridLayout(project: Project): Project {
  const components = Object.fromEntries(project.components.map((c, i) => [c.id, { x: (i % 100) * 260, y: Math.floor(i / 100) * 132 }]));
  return { ...project, layout: { components, zones: {} } };
}

/**
 * The project after one property edit, as the editor and applyProjectChanges make it: the edited
 * component is a new object, every other one is the same object as before.
 */
function edited(project: Project, run: number): Project {
  const at = (run * 7919) % project.components.length;
  const components = project.components.slice();
  const component = components[at]!;
  components[at] = { ...component, description: `edited in save ${run}` };
  return { ...project, components };
}

/**
 * Saves and opens alternately, as editing (autosave) and reopening do; returns one row each. Each
 * save is of the project after one more edit: saving the same object again would measure nothing
 * the user does. Opens go through a second connection, as another process (or a restarted one)
 * reads the library: it cannot take the model from the saving process's memory, so it reads the
 * whole model and the changes stored since (revisionModels.ts).
 */
export function benchStore(): StoreBenchRow[] {
  const dir = mkdtempSync(join(tmpdir(), 'tenfold-bench-store-'));
  const library = openLibrary(dir, { backups: false });
  const reader = openLibrary(dir, { backups: false });
  try {
    let project = withGridLayout(layeredModel(SIZE));
    library.create(project);
    library.save(edited(project, -1), 'warm-up', { autosave: true }); // JIT and SQLite page cache
    reader.open(project.id);
    const save = { wall: [] as number[], cpu: [] as number[] };
    const open = { wall: [] as number[], cpu: [] as number[] };
    for (let run = 0; run < RUNS; run++) {
      project = edited(project, run);
      let started = performance.now();
      let cpuStarted = cpuMs();
      library.save(project, `bench ${run}`, { autosave: true });
      save.wall.push(performance.now() - started);
      save.cpu.push(cpuMs() - cpuStarted);
      started = performance.now();
      cpuStarted = cpuMs();
      reader.open(project.id);
      open.wall.push(performance.now() - started);
      open.cpu.push(cpuMs() - cpuStarted);
    }
    const row = (operation: 'save' | 'open', times: { wall: number[]; cpu: number[] }, budgetMs: number): StoreBenchRow => ({
      operation,
      components: project.components.length,
      runs: RUNS,
      medianMs: median(times.wall),
      minMs: Math.min(...times.wall),
      medianCpuMs: median(times.cpu),
      budgetMs,
    });
    return [row('save', save, 50), row('open', open, 100)];
  } finally {
    reader.close();
    library.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
