import { describe, expect, it } from 'vitest';
import type { Finding, FindingImpact } from '../../../shared/model/finding';
import { demoteRepeats } from './repeats';

const impact = (risk: FindingImpact['risk'], score: number): FindingImpact => ({ risk, summary: `${risk} ${score}`, score, trafficShare: 1, rps: 100, breaksAt: null, dataAtRisk: null });
const finding = (key: string, ruleId: string, components: string[], risk: FindingImpact['risk'], score: number): Finding => ({
  key, ruleId, checklist: 'growth', severity: 'warning', title: ruleId, message: key, targets: { components, connections: [] },
  evidence: {}, assumed: [], status: 'open', impact: impact(risk, score),
});
const catalog = new Map([['growth/rewrite-required', 0], ['redundancy/no-backup', 1], ['caching/read-heavy-uncached', 2], ['data/store-exposed', 3], ['observability/unmonitored', 4]]);

describe('demoteRepeats', () => {
  const findings = [
    finding('rewrite|db', 'growth/rewrite-required', ['db'], 'capacity', 88),
    finding('backup|db|files', 'redundancy/no-backup', ['db', 'files'], 'data-loss', 65),
    finding('cache|db', 'caching/read-heavy-uncached', ['db'], 'capacity', 88),
    finding('exposed|db', 'data/store-exposed', ['db'], 'data-loss', 39),
    finding('exposed|db|search', 'data/store-exposed', ['db', 'search'], 'data-loss', 39),
    finding('monitor|db', 'observability/unmonitored', ['db'], 'hygiene', 2),
  ];
  const result = demoteRepeats(findings, catalog);
  const scoreOf = (key: string) => result.find((f) => f.key === key)!.impact.score;

  it('ranks a second finding of the same risk on the same components just above hygiene', () => {
    // Equal scores: the rule earlier in the catalog leads.
    expect(scoreOf('rewrite|db')).toBe(88);
    expect(scoreOf('cache|db')).toBe(7.4);
    expect(scoreOf('backup|db|files')).toBe(65);
    expect(scoreOf('exposed|db')).toBe(5);
  });

  it('keeps a finding that adds a component, a finding of another risk, and hygiene as they are', () => {
    expect(scoreOf('exposed|db|search')).toBe(39);
    expect(scoreOf('monitor|db')).toBe(2);
    expect(result.find((f) => f.key === 'cache|db')!.impact.summary).toBe('capacity 88');
  });

  it('keeps the order of the list and the objects it does not change', () => {
    expect(result.map((f) => f.key)).toEqual(findings.map((f) => f.key));
    expect(result[0]).toBe(findings[0]);
    expect(result[2]).not.toBe(findings[2]);
    expect(findings[2]!.impact.score).toBe(88);
  });
});
