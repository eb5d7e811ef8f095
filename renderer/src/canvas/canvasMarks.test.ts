import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../shared/ipc/contract';
import type { Finding } from '../../../shared/model/finding';
import { testFinding } from '../../../shared/model/testing/finding';
import { ModelBuilder } from '../../../electron/engine/testing/modelBuilder';
import { canvasMarks, MarksStore } from './canvasMarks';

function sample() {
  const m = new ModelBuilder();
  const web = m.component('web', 'service');
  const db = m.component('db', 'database');
  m.connect(web, db, 'read');
  return { project: m.build(), web, db };
}

function finding(ruleId: string, severity: Finding['severity'], components: string[]): Finding {
  return testFinding({
    key: `${ruleId}|${components.join('|')}`,
    ruleId,
    checklist: 'redundancy',
    severity,
    title: ruleId,
    message: '',
    targets: { components, connections: [] },
  });
}

function check(findings: Finding[], db: string, dbUtilization: number): CheckResult {
  return {
    findings,
    analyses: {
      load: { components: [{ componentId: db, rate: 40, instances: 1, capacityPerInstance: 100, utilization: 0.4, capacityAssumed: false }], loops: [] },
      growth: {
        growthFactor: 10,
        components: [{ componentId: db, utilizationAtGrowth: dbUtilization } as never],
        breaksFirst: null,
        rewrites: 0,
        scaleOuts: 0,
      } as never,
      availability: { components: [], entryPoints: [] },
      spof: { spofs: [{ componentId: db, entryPointIds: [], blastRadius: 1, lostRps: 10 }] },
      paths: { entryPoints: [], stores: [] },
    },
    staleWaivers: [],
    ruleCount: 0,
    durationMs: 0,
  };
}

describe('canvas marks', () => {
  it("marks each component with its badge, utilization band and SPOF status, and each component's rate", () => {
    const { project, web, db } = sample();
    const marks = canvasMarks(project, check([finding('a', 'warning', [db]), finding('b', 'error', [db])], db, 0.95), 'utilization', null);
    expect(marks.components.get(db)).toEqual({
      badge: { severity: 'error', count: 2, ruleIds: ['a', 'b'] },
      highlight: 'utilization',
      band: 'critical',
      utilization: 0.95,
      spof: true,
    });
    expect(marks.components.get(web)).toEqual({ badge: null, highlight: 'utilization', band: null, utilization: null, spof: false });
    expect(marks.rates.get(db)).toBe(40);
  });

  it('keeps the previous object of a component whose marks did not change, so only changed components re-render', () => {
    const { project, web, db } = sample();
    const first = canvasMarks(project, check([finding('a', 'warning', [db])], db, 0.4), 'findings', null);
    const same = canvasMarks(project, check([finding('a', 'warning', [db])], db, 0.4), 'findings', first);
    expect(same.components.get(db)).toBe(first.components.get(db));
    const worse = canvasMarks(project, check([finding('a', 'warning', [db])], db, 0.95), 'findings', same);
    expect(worse.components.get(db)).not.toBe(same.components.get(db));
    expect(worse.components.get(web)).toBe(same.components.get(web));
    const otherView = canvasMarks(project, check([finding('a', 'warning', [db])], db, 0.95), 'spof', worse);
    expect(otherView.components.get(web)?.highlight).toBe('spof');
  });

  it('returns the previous marks after an edit that changes none of them, and new ones for an added component', () => {
    const { project, db } = sample();
    const result = check([finding('a', 'warning', [db])], db, 0.4);
    const first = canvasMarks(project, result, 'findings', null);
    const edited = { ...project, components: project.components.map((c) => (c.id === db ? { ...c, description: 'orders' } : c)) };
    expect(canvasMarks(edited, result, 'findings', first)).toBe(first);
    const grown = { ...edited, components: [...edited.components, { ...edited.components[0]!, id: 'cache' as never }] };
    const withCache = canvasMarks(grown, result, 'findings', first);
    expect(withCache).not.toBe(first);
    expect(withCache.components.has('cache')).toBe(true);
    expect(withCache.components.get(db)).toBe(first.components.get(db));
  });

  it('notifies subscribers of a new set of marks, once, and not of the same set again', () => {
    const { project } = sample();
    const store = new MarksStore();
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    const marks = canvasMarks(project, null, 'findings', null);
    store.set(marks);
    store.set(marks);
    expect(calls).toBe(1);
    expect(store.current()).toBe(marks);
    unsubscribe();
    store.set(canvasMarks(project, null, 'spof', marks));
    expect(calls).toBe(1);
  });
});
