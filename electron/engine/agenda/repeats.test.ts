import { describe, expect, it } from 'vitest';
import type { Finding, FindingImpact } from '../../../shared/model/finding';
import { demoteRepeats } from './repeats';

const impact = (risk: FindingImpact['risk'], score: number, breaksAt: number | null): FindingImpact => ({
  risk,
  summary: `${risk} ${score}`,
  score,
  trafficShare: 1,
  rps: 100,
  breaksAt,
  dataAtRisk: null,
});
const finding = (key: string, ruleId: string, components: string[], risk: FindingImpact['risk'], score: number, breaksAt: number | null = null): Finding => ({
  key,
  ruleId,
  checklist: 'growth',
  severity: 'warning',
  title: ruleId,
  message: key,
  targets: { components, connections: [] },
  evidence: {},
  assumed: [],
  status: 'open',
  impact: impact(risk, score, breaksAt),
});
const catalog = new Map([
  ['growth/saturated-now', 0],
  ['growth/rewrite-required', 1],
  ['growth/connection-exhaustion', 2],
  ['redundancy/single-point-of-failure', 3],
  ['redundancy/no-failover', 4],
  ['redundancy/no-backup', 5],
  ['caching/read-heavy-uncached', 6],
  ['data/store-exposed', 7],
  ['observability/unmonitored', 8],
]);

describe('demoteRepeats', () => {
  const findings = [
    finding('rewrite|db', 'growth/rewrite-required', ['db'], 'capacity', 88.3, 1.1),
    finding('cache|db', 'caching/read-heavy-uncached', ['db'], 'capacity', 88.3, 1.1),
    finding('connections|db', 'growth/connection-exhaustion', ['db'], 'capacity', 64.8, 3.2),
    finding('cache|db|replica', 'caching/read-heavy-uncached', ['db', 'replica'], 'capacity', 88.3, 1.1),
    finding('saturated|web', 'growth/saturated-now', ['web'], 'capacity', 94.2, 0.58),
    finding('rewrite|web', 'growth/rewrite-required', ['web'], 'capacity', 94.2, 0.58),
    finding('spof|db', 'redundancy/single-point-of-failure', ['db'], 'outage', 100),
    finding('failover|db', 'redundancy/no-failover', ['db'], 'outage', 68),
    finding('backup|db', 'redundancy/no-backup', ['db'], 'data-loss', 65),
    finding('exposed|db', 'data/store-exposed', ['db'], 'data-loss', 39),
    finding('monitor|db', 'observability/unmonitored', ['db'], 'hygiene', 2),
  ];
  const result = demoteRepeats(
    findings,
    catalog,
    new Map([
      ['db', 0],
      ['web', 1],
    ]),
  );
  const scoreOf = (key: string) => result.find((f) => f.key === key)!.impact.score;

  it('ranks the same limit seen by a second rule after every other risk, before hygiene', () => {
    // Equal scores: the rule earlier in the catalog leads.
    expect(scoreOf('rewrite|db')).toBe(88.3);
    expect(scoreOf('cache|db')).toBe(3.88);
    expect(scoreOf('saturated|web')).toBe(94.2);
    expect(scoreOf('rewrite|web')).toBe(3.94);
    expect(scoreOf('cache|db')).toBeGreaterThan(scoreOf('monitor|db'));
    expect(result.find((f) => f.key === 'cache|db')!.impact.summary).toBe('capacity 88.3');
  });

  it('keeps another limit of the same component, a finding that adds a component, outages, data loss and hygiene', () => {
    expect(scoreOf('connections|db')).toBe(64.8);
    expect(scoreOf('cache|db|replica')).toBe(88.3);
    expect(scoreOf('failover|db')).toBe(68);
    expect(scoreOf('exposed|db')).toBe(39);
    expect(scoreOf('monitor|db')).toBe(2);
  });

  it('keeps the order of the list and the objects it does not change', () => {
    expect(result.map((f) => f.key)).toEqual(findings.map((f) => f.key));
    expect(result[0]).toBe(findings[0]);
    expect(result[1]).not.toBe(findings[1]);
    expect(findings[1]!.impact.score).toBe(88.3);
  });
});
