import { describe, expect, it } from 'vitest';
import type { Project } from '../shared/model/project';
import { runCheck } from '../electron/engine/check';
import { skipTopTierCompiler } from '../electron/checking/engineTiering';
import { chainModel } from '../electron/engine/testing/largeModels';
import { layeredModel } from './benchModel';
import { cpuMs } from './benchSupport';

// The engine as the app's processes run it (see engineTiering.ts).
skipTopTierCompiler();

/**
 * The largest models the schema allows check in seconds, and a check's cost grows with the model
 * as the model grows: five times the components costs well under ten times the time (a walk that
 * is quadratic somewhere costs 25 times). Timed by this process's CPU time, which a busy shared
 * machine inflates far less than wall time.
 */
function timedCheck(project: Project) {
  const started = cpuMs();
  const result = runCheck(project, { today: '2026-01-01' });
  return { result, cpuMs: cpuMs() - started };
}

describe('checks of 100,000 components', () => {
  it('checks a synchronous chain of 100,000 components in seconds, and follows the whole chain', () => {
    timedCheck(chainModel(2_000)); // compiles the engine
    const small = timedCheck(chainModel(20_000));
    const large = timedCheck(chainModel(100_000));
    console.log(`chain: 20,000 in ${small.cpuMs.toFixed(0)} ms, 100,000 in ${large.cpuMs.toFixed(0)} ms of CPU`);
    expect(large.cpuMs).toBeLessThan(30_000);
    expect(large.cpuMs / small.cpuMs).toBeLessThan(10);
    const tracing = large.result.findings.find((f) => f.ruleId === 'observability/no-tracing');
    expect(tracing?.evidence['longestHops']).toBe(99_999);
  }, 180_000);

  it('checks a layered model of 100,000 components and 280,000 connections in seconds', () => {
    timedCheck(layeredModel(2_000));
    const small = timedCheck(layeredModel(20_000));
    const project = layeredModel(100_000);
    const large = timedCheck(project);
    console.log(`layered: 20,000 in ${small.cpuMs.toFixed(0)} ms, 100,000 in ${large.cpuMs.toFixed(0)} ms of CPU`);
    expect(project.connections.length).toBeGreaterThan(250_000);
    expect(large.cpuMs).toBeLessThan(60_000);
    expect(large.cpuMs / small.cpuMs).toBeLessThan(10);
    expect(large.result.findings.length).toBeGreaterThan(small.result.findings.length * 4);
  }, 300_000);
});
