import { describe, expect, it } from 'vitest';
import { CheckResult } from '../../shared/ipc/contract';
import type { Project } from '../../shared/model/project';
import { runCheck } from './check';
import { ModelBuilder } from './testing/modelBuilder';
import { randomModel } from './testing/randomModel';
import { componentKinds } from '../../shared/model/component';

/** Text a user must never see in a finding. */
const FORBIDDEN = /undefined|NaN|Infinity|\[object Object\]/;

/** Runs a full check and asserts every rule ran, every text is clean and every number finite. */
function sweep(project: Project, growthFactor?: number): ReturnType<typeof runCheck> {
  const result = runCheck(project, { today: '2026-01-01', growthFactor });
  for (const finding of result.findings) {
    const where = `${finding.ruleId} on ${finding.key}`;
    // check.ts turns a throwing rule into a "Rule … failed" report instead of failing the check.
    expect(finding.message, where).not.toMatch(/^Rule \S+ failed:/);
    expect(finding.message, where).not.toMatch(FORBIDDEN);
    expect(finding.message.trim().length, where).toBeGreaterThan(0);
    expect(finding.title, where).not.toMatch(FORBIDDEN);
    for (const [name, value] of Object.entries(finding.evidence)) {
      if (typeof value === 'number') expect(Number.isFinite(value), `${where} evidence ${name}`).toBe(true);
      if (typeof value === 'string') expect(value, `${where} evidence ${name}`).not.toMatch(FORBIDDEN);
    }
    for (const assumed of finding.assumed) expect(assumed, where).not.toMatch(FORBIDDEN);
  }
  // The contract's schema rejects NaN and ±Infinity anywhere in the analyses.
  const parsed = CheckResult.safeParse(result);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  return result;
}

describe('engine sweep: never throws, never prints undefined, NaN, Infinity or [object Object]', () => {
  it('handles an empty project', () => {
    const result = sweep(new ModelBuilder().build());
    expect(result.analyses.growth.breaksFirst).toBeNull();
    expect(result.analyses.spof.spofs).toEqual([]);
  });

  it('handles one component of every kind with no connections, at G = 1 and G = 1000', () => {
    const m = new ModelBuilder();
    for (const kind of componentKinds) m.component(kind, kind);
    const project = m.build();
    sweep(project, 1);
    sweep(project, 1000);
  });

  it('handles self-loops, cycles, zero instances, zero rates and zero calls', () => {
    const m = new ModelBuilder();
    const a = m.component('a', 'service', { deployment: { instances: 0, autoscaling: true } });
    const gone = m.component('gone', 'worker', { deployment: { instances: 0 } });
    m.connect(a, gone, 'async');
    m.connect(gone, a, 'sync');
    const b = m.component('b', 'database', { capacity: { ratePerInstance: 0.001 } });
    const c = m.component('c', 'queue');
    m.connect(a, a);
    m.connect(a, b, 'write', { callsPerRequest: 0 });
    m.connect(b, a, 'sync', { callsPerRequest: 10_000 });
    m.connect(a, c, 'async');
    m.connect(c, a, 'async');
    m.entry(a, 0);
    const zeroRate = sweep(m.build());
    expect(zeroRate.analyses.load.loops.length).toBeGreaterThan(0);
    m.entry(b, 1e9);
    sweep(m.build(), 1000);
  });

  it('handles 60 generated models with every optional field sometimes set', () => {
    let findings = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const size = seed % 10 === 0 ? 0 : 2 + ((seed * 7) % 40);
      findings += sweep(randomModel(seed, size).build()).findings.length;
    }
    // The sweep must exercise the rules, not pass on models that trigger nothing.
    expect(findings).toBeGreaterThan(500);
  });
});
