/**
 * The `tenfold diff` row of `npm run bench`: comparing two versions of a 10,000-component project
 * ≤ 1 s (issue 22). Measured as the command does it once the files are read: both checks, the
 * architecture diff by id and the analysis changes, and the Markdown report. Parsing and
 * validating the two files is shown apart, for information: it is `tenfold validate`'s cost.
 */
import type { Project } from '../shared/model/project';
import { parseProjectFile, serializeProject } from '../shared/model/projectFile';
import { diffProjects } from '../shared/changes/projectDiff';
import { compareProjects } from '../electron/engine/diff/compare';
import { runCheck } from '../electron/engine/check';
import { formatDiffMarkdown } from '../electron/exporters/diff/diffMarkdown';
import { layeredModel } from './benchModel';
import { cpuMs, median } from './benchSupport';

export interface DiffBenchRow {
  readonly operation: string;
  readonly components: number;
  readonly runs: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly medianCpuMs: number;
  readonly budgetMs: number | undefined;
}

const SIZE = 10_000;
const RUNS = 7;

/**
 * A pull request's worth of change to a large project: 1 in 100 components gets a property
 * edit, 1 in 500 is renamed, 1 in 1,000 removed with its connections, and 20 new services are
 * added, each called from an existing one.
 */
export function editedModel(project: Project): Project {
  const removed = new Set(project.components.filter((_, i) => i % 1000 === 999).map((c) => c.id as string));
  const components = project.components
    .filter((c) => !removed.has(c.id))
    .map((c, i) => {
      if (i % 500 === 7) return { ...c, name: `${c.name}-renamed` };
      if (i % 100 === 3) return { ...c, deployment: { ...c.deployment, instances: (c.deployment?.instances ?? 1) + 1 } };
      return c;
    });
  const connections = project.connections.filter((c) => !removed.has(c.from) && !removed.has(c.to) && (c.cachedBy === undefined || !removed.has(c.cachedBy)));
  for (let i = 0; i < 20; i++) {
    const id = `d1ff0000-0000-4000-8000-${i.toString(16).padStart(12, '0')}` as Project['components'][number]['id'];
    components.push({ id, name: `new-service-${i}`, kind: 'service' });
    connections.push({
      id: `d1ff0001-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
      from: components[100 + i * 50]!.id,
      to: id,
      kind: 'sync',
      timeoutMs: 500,
    } as Project['connections'][number]);
  }
  const entryPoints = project.workload.entryPoints.filter((e) => !removed.has(e.componentId));
  return { ...project, components, connections, workload: { ...project.workload, entryPoints } };
}

function measure(operation: string, budgetMs: number | undefined, runs: number, body: () => void): DiffBenchRow {
  body(); // warm-up: JIT
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const cpuStarted = cpuMs();
    body();
    wall.push(performance.now() - started);
    cpu.push(cpuMs() - cpuStarted);
  }
  return { operation, components: SIZE, runs, medianMs: median(wall), minMs: Math.min(...wall), medianCpuMs: median(cpu), budgetMs };
}

export function benchDiff(): DiffBenchRow[] {
  const before = layeredModel(SIZE);
  const after = editedModel(before);
  const texts = [serializeProject(before), serializeProject(after)];
  return [
    measure('diff (checks, changes, markdown)', 1000, RUNS, () => {
      const comparison = compareProjects(before, after, { today: '2026-01-01' });
      formatDiffMarkdown({ beforeName: 'old', afterName: 'new', before, after, comparison });
    }),
    // Two of these are most of the row above: its budget is about the comparison's own cost on top.
    measure('one check, for reference', undefined, RUNS, () => runCheck(after, { today: '2026-01-01' })),
    measure('architecture diff alone', undefined, RUNS, () => diffProjects(before, after)),
    measure('parse both files (validate)', undefined, 3, () => texts.forEach((text, i) => parseProjectFile(text, `side ${i}`))),
  ];
}
