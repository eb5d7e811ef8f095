import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../shared/ipc/contract';
import type { Finding } from '../../../shared/model/finding';
import { testFinding } from '../../../shared/model/testing/finding';
import { findingBadges, spofIds, utilizationBand } from './highlight';

function finding(ruleId: string, severity: Finding['severity'], components: string[], status: Finding['status'] = 'open'): Finding {
  return testFinding({
    key: `${ruleId}:${components.join(',')}`,
    ruleId,
    checklist: 'redundancy',
    severity,
    title: ruleId,
    message: '',
    targets: { components, connections: [] },
    status,
  });
}

function result(findings: Finding[]): CheckResult {
  return {
    findings,
    analyses: {
      load: { components: [], loops: [] },
      growth: { growthFactor: 10, targetUtilization: 0.7, components: [], breaksFirst: null, rewrites: 0, scaleOuts: 0 },
      availability: { components: [], entryPoints: [] },
      spof: { spofs: [{ componentId: 'db', entryPointIds: ['web'], blastRadius: 1, lostRps: 10 }] },
      paths: { entryPoints: [], stores: [] },
    },
    staleWaivers: [],
    ruleCount: 0,
    durationMs: 0,
  };
}

describe('canvas highlights', () => {
  it('badges a component with its worst open finding and the open count (open or planned)', () => {
    const badges = findingBadges(
      result([
        finding('a', 'info', ['db']),
        finding('b', 'error', ['db', 'web']),
        finding('c', 'warning', ['db']),
        finding('d', 'error', ['api'], 'accepted-risk'),
        finding('e', 'warning', ['db'], 'planned'),
        finding('f', 'error', ['api'], 'fixed'),
      ]),
    );
    expect(badges.get('db')).toEqual({ severity: 'error', count: 4, ruleIds: ['a', 'b', 'c', 'e'] });
    expect(badges.get('web')).toEqual({ severity: 'error', count: 1, ruleIds: ['b'] });
    expect(badges.has('api')).toBe(false);
    expect(findingBadges(null).size).toBe(0);
  });

  it('bands utilization by the thresholds of the growth view', () => {
    expect(utilizationBand(0.49, 0.7)).toBe('low');
    expect(utilizationBand(0.5, 0.7)).toBe('moderate');
    expect(utilizationBand(0.7, 0.7)).toBe('high');
    expect(utilizationBand(0.9, 0.7)).toBe('critical');
    expect(utilizationBand(0.8, 0.85)).toBe('moderate');
  });

  it('lists SPOF components', () => {
    expect([...spofIds(result([]))]).toEqual(['db']);
  });
});
