import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../testing/modelBuilder';
import { compareProjects } from './compare';

/** users → web → orders-db, with orders-db a single instance: a SPOF for the only entry point. */
function shop(edit: (m: ModelBuilder, ids: { users: string; web: string; db: string }) => void = () => {}) {
  const m = new ModelBuilder();
  const users = m.component('users', 'client');
  const web = m.component('web', 'service', { deployment: { instances: 3 }, capacity: { ratePerInstance: 100 } });
  const db = m.component('orders-db', 'database', { deployment: { instances: 1, scalingMode: 'vertical-only' }, capacity: { ratePerInstance: 500 } });
  m.connect(users, web, 'sync', { timeoutMs: 1000 });
  m.connect(web, db, 'read', { timeoutMs: 200 });
  m.entry(users, 100);
  edit(m, { users, web, db });
  return { project: m.build(), ids: { users, web, db } };
}

describe('compareProjects', () => {
  it('finds no analysis change between a project and itself', () => {
    const { project } = shop();
    const { analysis } = compareProjects(project, project, { today: '2026-01-01' });
    expect(analysis.findings.introduced).toEqual([]);
    expect(analysis.findings.resolved).toEqual([]);
    expect(analysis.spofs).toEqual({ added: [], removed: [] });
    expect(analysis.availability).toHaveLength(1);
    expect(analysis.availability[0]!.before).toBe(analysis.availability[0]!.after);
  });

  it('reports the SPOF and its findings resolved when the database gets a standby, and availability before → after', () => {
    const before = shop().project;
    const { project: after, ids } = shop((m, { db }) => m.update(db, (c) => ({ ...c, deployment: { ...c.deployment, failover: 'standby' } })));
    const { analysis, architecture } = compareProjects(before, after, { today: '2026-01-01' });
    expect(architecture.components.changed).toEqual([
      { id: ids.db, name: 'orders-db', kind: 'database', changes: [{ path: 'deployment.failover', after: 'standby' }] },
    ]);
    expect(analysis.spofs.removed).toEqual([{ componentId: ids.db, name: 'orders-db', blastRadius: 1, entryPoints: 1 }]);
    expect(analysis.spofs.added).toEqual([]);
    const resolved = analysis.findings.resolved.map((f) => f.ruleId);
    expect(resolved).toEqual(['redundancy/single-point-of-failure', 'redundancy/availability-below-target']);
    expect(analysis.findings.resolved[0]!.components).toEqual(['orders-db']);
    expect(analysis.findings.introduced).toEqual([]);
    expect(analysis.findings.openAfter.error).toBe(analysis.findings.openBefore.error - 1);
    const [users] = analysis.availability;
    expect(users!.name).toBe('users');
    expect(users!.after!).toBeGreaterThan(users!.before!);
  });

  it('reports findings introduced by a new hard dependency on a third party, in priority order, and a growth summary per side', () => {
    const before = shop().project;
    const { project: after } = shop((m, { web }) => {
      const payments = m.component('payments', 'external-api');
      m.connect(web, payments, 'sync');
    });
    const { analysis } = compareProjects(before, after, { today: '2026-01-01' });
    const introduced = analysis.findings.introduced.map((f) => f.ruleId);
    expect(introduced).toContain('resilience/no-timeout');
    expect(introduced).toContain('resilience/external-without-fallback');
    // the new version's priority order: each introduced finding appears in the order of its check
    const { after: checked } = compareProjects(before, after, { today: '2026-01-01' });
    const order = checked.check.findings.map((f) => f.key);
    const positions = analysis.findings.introduced.map((f) => order.indexOf(f.key));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(analysis.growth.before.breaksFirst).toMatchObject({ name: 'orders-db', headroom: 3.5 });
    expect(analysis.findings.openAfter.error + analysis.findings.openAfter.warning).toBeGreaterThan(
      analysis.findings.openBefore.error + analysis.findings.openBefore.warning,
    );
  });

  it('names the entry point that only one side has, with null on the other side', () => {
    const before = shop().project;
    const { project: after } = shop((m, { web }) => m.entry(web, 10));
    const { analysis } = compareProjects(before, after, { today: '2026-01-01' });
    expect(analysis.availability.map((a) => [a.name, a.before === null, a.after === null])).toEqual([
      ['users', false, false],
      ['web', true, false],
    ]);
  });
});
