import { describe, expect, it } from 'vitest';
import { Project } from '../model/project';
import { sampleProjectInput } from '../model/testing/sampleProject';
import { diffProjects, isArchitectureUnchanged } from './projectDiff';

const web = '00000000-0000-4000-8000-00000000000b';
const db = '00000000-0000-4000-8000-00000000000a';
const users = '00000000-0000-4000-8000-00000000000c';
const zoneA = '00000000-0000-4000-8000-0000000000f1';
const webToDb = '00000000-0000-4000-8000-0000000000c2';
const usersToWeb = '00000000-0000-4000-8000-0000000000c1';
const payments = '00000000-0000-4000-8000-0000000000a1';

const base = (): Project => Project.parse(sampleProjectInput());

/** The sample project after `edit`, validated like a file. */
function edited(edit: (input: ReturnType<typeof sampleProjectInput>) => void): Project {
  const input = sampleProjectInput();
  edit(input);
  return Project.parse(input);
}

describe('diffProjects', () => {
  it('finds nothing between a project and itself, nor when only positions moved', () => {
    expect(isArchitectureUnchanged(diffProjects(base(), base()))).toBe(true);
    const moved = edited((p) => (p.layout = { components: { [web]: { x: 999, y: 1 } } }));
    const diff = diffProjects(base(), moved);
    expect(isArchitectureUnchanged(diff)).toBe(true);
    expect(diff.layoutChanged).toBe(true);
  });

  it('reports a rename as the same component renamed, not a removal and an addition', () => {
    const after = edited((p) => (p.components[0]!.name = 'storefront'));
    const diff = diffProjects(base(), after);
    expect(diff.components.added).toEqual([]);
    expect(diff.components.removed).toEqual([]);
    expect(diff.components.changed).toEqual([{ id: web, name: 'storefront', kind: 'service', renamedFrom: 'web', changes: [] }]);
    // connections keep their ids: the rename does not show up as changed connections
    expect(diff.connections.changed).toEqual([]);
  });

  it('lists each changed property from → to, with properties newly set or unset', () => {
    const after = edited((p) => {
      p.components[0]!.deployment = { instances: 4 }; // autoscaling removed, instances 2 → 4
      p.components[1]!.data = { sizeGb: 40, growthGbPerMonth: 2, partitioned: true };
      p.components[0]!.zoneIds = [zoneA];
    });
    const diff = diffProjects(base(), after);
    const byId = new Map(diff.components.changed.map((c) => [c.id, c.changes]));
    expect(byId.get(web)).toEqual([
      { path: 'deployment.autoscaling', before: true },
      { path: 'deployment.instances', before: 2, after: 4 },
      { path: 'zoneIds', before: ['00000000-0000-4000-8000-0000000000f2', zoneA], after: [zoneA] },
    ]);
    expect(byId.get(db)).toEqual([{ path: 'data.partitioned', after: true }]);
  });

  it('adds a component with its connections, and removes one with the connections that went with it', () => {
    const after = edited((p) => {
      p.components.push({ id: payments, name: 'payments', kind: 'external-api' });
      p.connections.push({ id: '00000000-0000-4000-8000-0000000000c3', from: web, to: payments, kind: 'sync' });
      // db goes, and with it web → db
      p.components = p.components.filter((c) => c.id !== db);
      p.connections = p.connections.filter((c) => c.id !== webToDb);
    });
    const diff = diffProjects(base(), after);
    expect(diff.components.added).toEqual([{ id: payments, name: 'payments', kind: 'external-api' }]);
    expect(diff.components.removed).toEqual([{ id: db, name: 'db', kind: 'database', connectionIds: [webToDb] }]);
    expect(diff.connections.added).toEqual([{ id: '00000000-0000-4000-8000-0000000000c3', from: web, to: payments, kind: 'sync', label: 'web → payments' }]);
    // a removed connection is labelled with the names it had
    expect(diff.connections.removed).toEqual([{ id: webToDb, from: web, to: db, kind: 'read', label: 'web → db' }]);
  });

  it('reports a re-pointed connection as a change of its end', () => {
    const after = edited((p) => {
      p.components.push({ id: payments, name: 'payments', kind: 'database' });
      p.connections[0]!.to = payments;
      p.connections[0]!.timeoutMs = 800;
    });
    const diff = diffProjects(base(), after);
    expect(diff.connections.changed).toEqual([
      {
        id: webToDb,
        from: web,
        to: payments,
        kind: 'read',
        label: 'web → payments',
        changes: [
          { path: 'timeoutMs', before: 500, after: 800 },
          { path: 'to', before: db, after: payments },
        ],
      },
    ]);
  });

  it('reports zones, workload figures, entry points, rule overrides and review changes', () => {
    const after = edited((p) => {
      p.zones![1]!.name = 'eu-west-1a (primary)';
      p.zones!.push({ id: '00000000-0000-4000-8000-0000000000f3', name: 'eu-west-1c' });
      p.workload = {
        ...p.workload,
        growthFactor: 20,
        entryPoints: [
          { componentId: users, peakRps: 300 },
          { componentId: web, peakRps: 5 },
        ],
      };
      p.ruleOverrides = [{ ruleId: 'simplicity/too-many-services', severity: 'warning' }];
      p.review!.findings = [{ key: `redundancy/single-point-of-failure|${db}`, status: 'fixed', history: [] }];
      p.review!.decisions![0]!.title = 'Keep one database for now';
    });
    const diff = diffProjects(base(), after);
    expect(diff.zones.added).toEqual([{ id: '00000000-0000-4000-8000-0000000000f3', name: 'eu-west-1c' }]);
    expect(diff.zones.changed).toEqual([{ id: zoneA, name: 'eu-west-1a (primary)', renamedFrom: 'eu-west-1a', changes: [] }]);
    expect(diff.workload.changes).toEqual([{ path: 'growthFactor', before: 10, after: 20 }]);
    expect(diff.workload.entryPoints).toEqual([
      { componentId: users, name: 'users', before: 120, after: 300 },
      { componentId: web, name: 'web', after: 5 },
    ]);
    expect(diff.ruleOverrides).toEqual([
      { path: 'growth/assumed-capacity', before: 'warning' },
      { path: 'growth/assumed-capacity#legacy', before: 'off' },
      { path: 'simplicity/too-many-services', before: 'off', after: 'warning' },
    ]);
    expect(diff.review.statuses).toEqual([
      { key: `async/no-dead-letter|${web}`, before: 'planned' },
      { key: `redundancy/single-point-of-failure|${db}`, before: 'accepted-risk', after: 'fixed' },
    ]);
    expect(diff.review.decisions.changed).toEqual([{ id: '00000000-0000-4000-8000-0000000000d2', title: 'Keep one database for now' }]);
  });

  it('orders every list the same way whatever the order of the records in the files', () => {
    const after = edited((p) => {
      p.components.push({ id: payments, name: 'payments', kind: 'service' }, { id: '00000000-0000-4000-8000-0000000000a0', name: 'audit', kind: 'service' });
    });
    const reversed = { ...after, components: [...after.components].reverse() };
    expect(diffProjects(base(), reversed)).toEqual(diffProjects(base(), after));
    expect(diffProjects(base(), after).components.added.map((c) => c.name)).toEqual(['audit', 'payments']);
  });

  it('reads a property present but undefined as not set, like the file does', () => {
    const after = { ...base(), connections: base().connections.map((c) => ({ ...c, description: undefined })) };
    expect(diffProjects(base(), after).connections.changed.map((c) => c.id)).not.toContain(usersToWeb);
    expect(isArchitectureUnchanged(diffProjects(base(), after))).toBe(true);
  });
});
