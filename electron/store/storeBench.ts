/**
 * Measures the library's save and open budgets (docs/performance.md: a 10,000-component project saves
 * in ≤ 50 ms and opens in ≤ 100 ms). Run: npx tsx electron/store/storeBench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CURRENT_SCHEMA_VERSION, Project } from '../../shared/model/project';
import { openLibrary } from './library';

const COMPONENTS = 10_000;
const CONNECTIONS = 30_000;
const ROUNDS = 15;

function uuid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

function bigProject(): Project {
  const kinds = ['service', 'database', 'cache', 'queue', 'worker'] as const;
  const components = Array.from({ length: COMPONENTS }, (_, i) => ({
    id: uuid(i + 1),
    name: `component ${i}`,
    kind: kinds[i % kinds.length]!,
    technology: 'Node.js 24',
    description: 'A component generated for the storage benchmark.',
    deployment: { instances: 2, autoscaling: true },
    observability: { logs: true, metrics: true },
  }));
  const connections = Array.from({ length: CONNECTIONS }, (_, i) => ({
    id: uuid(100_000 + i),
    from: uuid((i % COMPONENTS) + 1),
    to: uuid(((i * 7 + 1) % COMPONENTS) + 1),
    kind: 'sync' as const,
    timeoutMs: 500,
  }));
  const layout = { components: Object.fromEntries(components.map((c, i) => [c.id, { x: (i % 100) * 200, y: Math.floor(i / 100) * 120 }])) };
  return Project.parse({ schemaVersion: CURRENT_SCHEMA_VERSION, id: uuid(999_999), name: 'Benchmark', components, connections, layout });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const dir = mkdtempSync(join(tmpdir(), 'tenfold-bench-'));
try {
  const library = openLibrary(dir);
  const project = bigProject();
  library.create(project);
  const saves: number[] = [];
  const opens: number[] = [];
  const saveCpu: number[] = [];
  const openCpu: number[] = [];
  // CPU time is reported beside wall time: on a shared, busy machine wall time mostly measures the
  // other processes, while CPU time approximates what an idle machine would see (I/O aside).
  const cpuMs = () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  };
  for (let i = 0; i < ROUNDS; i++) {
    let t = performance.now();
    let c = cpuMs();
    library.save(project, `bench ${i}`);
    saves.push(performance.now() - t);
    saveCpu.push(cpuMs() - c);
    t = performance.now();
    c = cpuMs();
    library.open(project.id);
    opens.push(performance.now() - t);
    openCpu.push(cpuMs() - c);
  }
  library.close();
  console.log(`${COMPONENTS} components, ${CONNECTIONS} connections, ${ROUNDS} rounds`);
  console.log(`save: median ${median(saves).toFixed(1)} ms wall, ${median(saveCpu).toFixed(1)} ms CPU (budget 50 ms)`);
  console.log(`open: median ${median(opens).toFixed(1)} ms wall, ${median(openCpu).toFixed(1)} ms CPU (budget 100 ms)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
