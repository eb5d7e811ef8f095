/**
 * The largest-model rows of `npm run bench`: a full check of a synchronous chain of 100,000
 * components (the longest paths a model can have, ≤ 10 s) and of the layered model at 100,000
 * components (about 280,000 connections and 75,000 findings, ≤ 15 s): issue 21, every analysis
 * and rule near-linear.
 * One warm-up check at 2,000 components compiles the engine; each model is then checked 3 times.
 */
import type { Project } from '../shared/model/project';
import { runCheck } from '../electron/engine/check';
import { chainModel } from '../electron/engine/testing/largeModels';
import { layeredModel } from './benchModel';
import { cpuMs, median } from './benchSupport';

export interface LargeBenchRow {
  readonly model: string;
  readonly components: number;
  readonly connections: number;
  readonly findings: number;
  readonly runs: number;
  readonly medianMs: number;
  readonly medianCpuMs: number;
  readonly budgetMs: number;
}

const SIZE = 100_000;
const RUNS = 3;

export function benchLarge(): LargeBenchRow[] {
  const models: [string, (size: number) => Project, number][] = [
    ['chain', chainModel, 10_000],
    ['layered', layeredModel, 15_000],
  ];
  return models.map(([model, build, budgetMs]) => {
    runCheck(build(2_000), { today: '2026-01-01' });
    const project = build(SIZE);
    const times: number[] = [];
    const cpuTimes: number[] = [];
    let findings = 0;
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const cpuStarted = cpuMs();
      findings = runCheck(project, { today: '2026-01-01' }).findings.length;
      times.push(performance.now() - started);
      cpuTimes.push(cpuMs() - cpuStarted);
    }
    return {
      model,
      components: project.components.length,
      connections: project.connections.length,
      findings,
      runs: RUNS,
      medianMs: median(times),
      medianCpuMs: median(cpuTimes),
      budgetMs,
    };
  });
}
