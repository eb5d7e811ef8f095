import { describe, expect, it } from 'vitest';
import type { Finding, FindingImpact } from '../../../shared/model/finding';
import type { Project } from '../../../shared/model/project';
import { ModelBuilder } from '../testing/modelBuilder';
import { runCheck } from '../check';
import { byPriority } from './priority';

const TODAY = '2026-06-01';

/**
 * A shop with one of each risk: orders-db is a single instance that every request needs (outage)
 * and breaks at 1.4× (capacity); uploads keeps files on local disk and the analytics store has no
 * backups (data loss); no connection states a timeout (hygiene).
 */
function shop(): Project {
  const m = new ModelBuilder();
  const users = m.component('users', 'client');
  const web = m.component('web', 'service', {
    deployment: { instances: 3, autoscaling: true, healthCheck: true },
    observability: { logs: true, metrics: true, tracing: true, alerts: true },
  });
  const db = m.component('orders-db', 'database', {
    capacity: { ratePerInstance: 200 },
    data: { backups: { enabled: true, pointInTimeRecovery: true, restoreTested: true } },
  });
  const uploads = m.component('uploads', 'worker', { deployment: { instances: 2 }, state: { localDiskWrites: true } });
  const analytics = m.component('analytics', 'database', { deployment: { failover: 'standby' } });
  const queue = m.component('jobs', 'queue', { deployment: { instances: 2 }, messaging: { durable: true, deadLetterQueue: true, depthAlert: true } });
  m.connect(users, web);
  m.connect(web, db, 'read');
  m.connect(web, queue, 'async', { callsPerRequest: 0.1 });
  m.connect(queue, uploads, 'async');
  m.connect(uploads, analytics, 'write', { timeoutMs: 500 });
  m.entry(users, 100);
  return m.build();
}

describe('priority order of a check', () => {
  const result = runCheck(shop(), { today: TODAY });
  const risks = result.findings.map((f) => f.impact.risk);

  it('opens on the outage of all traffic, then the capacity limit, then data loss, then hygiene', () => {
    expect(result.findings[0]).toMatchObject({ ruleId: 'redundancy/single-point-of-failure', impact: { risk: 'outage', trafficShare: 1 } });
    const first = (risk: string) => risks.indexOf(risk as FindingImpact['risk']);
    expect(first('capacity')).toBeGreaterThan(first('outage'));
    expect(first('data-loss')).toBeGreaterThan(first('capacity'));
    expect(first('hygiene')).toBeGreaterThan(risks.lastIndexOf('data-loss'));
    expect(result.findings.find((f) => f.ruleId === 'growth/rewrite-required')!.impact.breaksAt).toBeCloseTo(1.4, 5);
  });

  it('never puts a higher score below a lower one', () => {
    for (let i = 1; i < result.findings.length; i++) expect(result.findings[i]!.impact.score).toBeLessThanOrEqual(result.findings[i - 1]!.impact.score);
  });

  it('is the same whatever order the project lists its components and connections in', () => {
    const project = shop();
    const reversed: Project = { ...project, components: [...project.components].reverse(), connections: [...project.connections].reverse() };
    const keys = (p: Project) => runCheck(p, { today: TODAY }).findings.map((f) => f.key);
    expect(keys(reversed)).toEqual(keys(project));
    expect(keys(project)).toEqual(result.findings.map((f) => f.key));
  });
});

describe('byPriority', () => {
  const impact = (score: number): FindingImpact => ({ risk: 'hygiene', summary: '', score, trafficShare: null, rps: null, breaksAt: null, dataAtRisk: null });
  const finding = (key: string, ruleId: string, severity: Finding['severity'], score: number): Finding => ({
    key,
    ruleId,
    checklist: 'growth',
    severity,
    title: ruleId,
    message: key,
    targets: { components: [], connections: [] },
    evidence: {},
    assumed: [],
    status: 'open',
    impact: impact(score),
  });
  const catalog = new Map([
    ['a/first', 0],
    ['b/second', 1],
  ]);

  it('breaks ties by severity, then catalog order, then key', () => {
    const findings = [
      finding('b/second|2', 'b/second', 'warning', 2),
      finding('a/first|9', 'a/first', 'warning', 2),
      finding('b/second|1', 'b/second', 'warning', 2),
      finding('b/second|0', 'b/second', 'error', 2),
      finding('a/first|1', 'a/first', 'info', 60.5),
      finding('zz/unknown|0', 'zz/unknown', 'error', 2),
    ];
    expect(byPriority(findings, catalog).map((f) => f.key)).toEqual(['a/first|1', 'b/second|0', 'zz/unknown|0', 'a/first|9', 'b/second|1', 'b/second|2']);
  });

  it('orders by score even when a finding in catalog order breaks the rule that hygiene ranks last', () => {
    const risk = (key: string, ruleId: string, score: number): Finding => ({
      ...finding(key, ruleId, 'warning', score),
      impact: { ...impact(score), risk: 'capacity' },
    });
    const findings = [
      risk('a/first|1', 'a/first', 4),
      finding('a/first|2', 'a/first', 'error', 9),
      finding('b/second|1', 'b/second', 'warning', 2),
      risk('b/second|2', 'b/second', 50),
    ];
    expect(byPriority(findings, catalog).map((f) => f.key)).toEqual(['b/second|2', 'a/first|2', 'a/first|1', 'b/second|1']);
  });

  it('keeps every finding, once', () => {
    const findings = Array.from({ length: 50 }, (_, i) =>
      finding(`a/first|${String(i).padStart(2, '0')}`, 'a/first', i % 3 === 0 ? 'error' : 'warning', (i * 7) % 11),
    );
    const sorted = byPriority(findings, catalog);
    expect(new Set(sorted)).toEqual(new Set(findings));
    expect(sorted).toHaveLength(50);
  });
});
