import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../../electron/engine/testing/modelBuilder';
import { diffProjects } from '../../../shared/changes/projectDiff';
import type { Project } from '../../../shared/model/project';
import { changeItems, componentMarks, connectionMarks, takeChange } from './compareModel';
import { diagramModel } from './compareDiagram';

/**
 * Two versions of a shop: the newer one renames web to storefront, gives db 3 instances, removes
 * the legacy worker (with its connection) and adds a payments API called from the storefront.
 */
function versions(): { before: Project; after: Project; ids: Record<'users' | 'web' | 'db' | 'worker' | 'payments' | 'workerToDb' | 'webToPayments', string> } {
  const build = (newer: boolean) => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const web = m.component(newer ? 'storefront' : 'web', 'service');
    const db = m.component('db', 'database', newer ? { deployment: { instances: 3 } } : {});
    const worker = newer ? m.nextId() : m.component('legacy', 'worker');
    m.connect(users, web);
    m.connect(web, db, 'read');
    const workerToDb = newer ? m.nextId() : m.connect(worker, db, 'write');
    const payments = newer ? m.component('payments', 'external-api') : m.nextId();
    const webToPayments = newer ? m.connect(web, payments) : m.nextId();
    m.entry(users, newer ? 150 : 100);
    const project = m.build();
    const layout = Object.fromEntries(project.components.map((c, i) => [c.id, { x: i * 200, y: 0 }]));
    return { project: { ...project, layout: { components: layout, zones: {} } }, ids: { users, web, db, worker, payments, workerToDb, webToPayments } };
  };
  const older = build(false);
  return { before: older.project, after: build(true).project, ids: older.ids };
}

describe('compare model', () => {
  it('marks removed and changed components on the older side, added and changed on the newer', () => {
    const { before, after, ids } = versions();
    const diff = diffProjects(before, after);
    expect([...componentMarks(diff, 'before')].sort()).toEqual(
      [
        [ids.web, 'changed'],
        [ids.db, 'changed'],
        [ids.worker, 'removed'],
      ].sort(),
    );
    expect([...componentMarks(diff, 'after')].sort()).toEqual(
      [
        [ids.web, 'changed'],
        [ids.db, 'changed'],
        [ids.payments, 'added'],
      ].sort(),
    );
    expect(connectionMarks(diff, 'before').get(ids.workerToDb)).toBe('removed');
    expect(connectionMarks(diff, 'after').get(ids.webToPayments)).toBe('added');
  });

  it('lists every change as tenfold diff words it', () => {
    const { before, after } = versions();
    const items = changeItems(diffProjects(before, after), before, after, 'restore');
    expect(items.map((i) => `${i.section}: ${i.title}: ${i.detail}`)).toEqual([
      'components: payments (external-api): added',
      'components: legacy (worker): removed, with its connection',
      'components: db: deployment.instances (unset) → 3',
      'components: storefront: renamed from web',
      'connections: storefront → payments: added (sync)',
      'connections: legacy → db: removed (write)',
      'workload: entry point users: 100/s → 150/s',
    ]);
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
  });

  it('restores each change into the newer project, bringing it back to the older state', () => {
    const { before, after, ids } = versions();
    const items = changeItems(diffProjects(before, after), before, after, 'restore');
    let project = after;
    // Order matters for references: bring back the worker before its connection.
    for (const item of items) {
      const taken = takeChange(project, item.action);
      if (!taken.ok) throw new Error(`${item.key}: ${taken.message}`);
      project = taken.project;
    }
    const again = diffProjects(before, project);
    expect(again.components).toEqual({ added: [], removed: [], changed: [] });
    expect(again.connections).toEqual({ added: [], removed: [], changed: [] });
    expect(again.workload.entryPoints).toEqual([]);
    // the worker came back where it was on the older side's canvas
    expect(project.layout.components[ids.worker]).toEqual(before.layout.components[ids.worker]);
  });

  it('cherry-picks a change from the newer side into another project, and refuses one whose ends are missing', () => {
    const { before, after, ids } = versions();
    const items = changeItems(diffProjects(before, after), before, after, 'cherry-pick');
    const byKey = new Map(items.map((i) => [i.key, i]));
    const connection = byKey.get(`connection+${ids.webToPayments}`)!;
    const refused = takeChange(before, connection.action);
    expect(refused.ok).toBe(false);
    expect(refused.ok ? '' : refused.message).toMatch(/would leave the project invalid .*refers to component .*; bring back what it refers to first\.$/);
    const withPayments = takeChange(before, byKey.get(`component+${ids.payments}`)!.action);
    if (!withPayments.ok) throw new Error(withPayments.message);
    const picked = takeChange(withPayments.project, connection.action);
    expect(picked.ok && picked.project.connections.some((c) => c.id === ids.webToPayments)).toBe(true);
    const renamed = takeChange(before, byKey.get(`component~${ids.web}~name`)!.action);
    expect(renamed.ok && renamed.project.components.find((c) => c.id === ids.web)!.name).toBe('storefront');
  });

  it('draws a side with its marks, and only the changed neighbourhood of a large project', () => {
    const { before, after, ids } = versions();
    const diff = diffProjects(before, after);
    const model = diagramModel(after, componentMarks(diff, 'after'), connectionMarks(diff, 'after'));
    expect(model.nodes.find((n) => n.id === ids.payments)!.mark).toBe('added');
    expect(model.nodes.find((n) => n.id === ids.users)!.mark).toBeUndefined();
    expect(model.edges.find((e) => e.id === ids.webToPayments)!.mark).toBe('added');
    expect(model.omitted).toBe(0);
    const small = diagramModel(after, new Map([[ids.payments, 'added']]), new Map(), 2);
    expect(small.nodes.map((n) => n.id).sort()).toEqual([ids.web, ids.payments].sort());
    expect(small.omitted).toBe(after.components.length - 2);
  });
});
