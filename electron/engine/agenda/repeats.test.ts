import { describe, expect, it } from 'vitest';
import type { Finding, FindingImpact } from '../../../shared/model/finding';
import { demoteRepeats } from './repeats';

const impact = (risk: FindingImpact['risk'], score: number): FindingImpact => ({ risk, summary: `${risk} ${score}`, score, trafficShare: 1, rps: 100, breaksAt: null, dataAtRisk: null });
const finding = (key: string, ruleId: string, components: string[], risk: FindingImpact['risk'], score: number): Finding => ({
  key, ruleId, checklist: 'growth', severity: 'warning', title: ruleId, message: key, targets: { components, connections: [] },
  evidence: {}, assumed: [], status: 'open', impact: impact(risk, score),
});
const catalog = new Map([['growth/rewrite-required', 0], ['redundancy/single-point-of-failure', 1], ['redundancy/single-zone', 2], ['redundancy/no-failover', 3], ['redundancy/no-backup', 4], ['caching/read-heavy-uncached', 5], ['data/store-exposed', 6], ['observability/unmonitored', 7]]);

describe('demoteRepeats', () => {
  const findings = [
    finding('rewrite|db', 'growth/rewrite-required', ['db'], 'capacity', 88),
    finding('backup|db|files', 'redundancy/no-backup', ['db', 'files'], 'data-loss', 65),
    finding('cache|db', 'caching/read-heavy-uncached', ['db'], 'capacity', 88),
    finding('exposed|db', 'data/store-exposed', ['db'], 'data-loss', 39),
    finding('exposed|db|search', 'data/store-exposed', ['db', 'search'], 'data-loss', 39),
    finding('monitor|db', 'observability/unmonitored', ['db'], 'hygiene', 2),
    finding('spof|db', 'redundancy/single-point-of-failure', ['db'], 'outage', 100),
    finding('failover|db', 'redundancy/no-failover', ['db'], 'outage', 68),
    finding('zone|db|web', 'redundancy/single-zone', ['web', 'db'], 'outage', 44),
  ];
  const result = demoteRepeats(findings, catalog);
  const scoreOf = (key: string) => result.find((f) => f.key === key)!.impact.score;

  it('ranks a second capacity or outage finding on the same components after hygiene', () => {
    // Equal scores: the rule earlier in the catalog leads.
    expect(scoreOf('rewrite|db')).toBe(88);
    expect(scoreOf('cache|db')).toBe(0.88);
    expect(scoreOf('cache|db')).toBeLessThan(scoreOf('monitor|db'));
  });

  it('keeps every data-loss finding, a finding that adds a component, and hygiene as they are', () => {
    expect(scoreOf('backup|db|files')).toBe(65);
    expect(scoreOf('exposed|db')).toBe(39);
    expect(scoreOf('exposed|db|search')).toBe(39);
    expect(scoreOf('monitor|db')).toBe(2);
    expect(result.find((f) => f.key === 'cache|db')!.impact.summary).toBe('capacity 88');
  });

  it('treats an outage the same way: a standby finding on a single point of failure repeats it', () => {
    expect(scoreOf('spof|db')).toBe(100);
    expect(scoreOf('failover|db')).toBe(0.68);
    expect(scoreOf('zone|db|web')).toBe(44);
  });

  it('keeps the order of the list and the objects it does not change', () => {
    expect(result.map((f) => f.key)).toEqual(findings.map((f) => f.key));
    expect(result[0]).toBe(findings[0]);
    expect(result[2]).not.toBe(findings[2]);
    expect(findings[2]!.impact.score).toBe(88);
  });
});
