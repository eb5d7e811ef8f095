import { describe, expect, it } from 'vitest';
import { Project } from '../model/project';
import { serializeProject } from '../model/projectFile';
import { sampleProjectInput } from '../model/testing/sampleProject';
import { mergeProjects } from './merge';

// The sample project: users → web → db, zones eu-west-1a/1b (web is in both).
const web = '00000000-0000-4000-8000-00000000000b';
const db = '00000000-0000-4000-8000-00000000000a';
const users = '00000000-0000-4000-8000-00000000000c';
const zoneA = '00000000-0000-4000-8000-0000000000f1';
const zoneB = '00000000-0000-4000-8000-0000000000f2';
const webToDb = '00000000-0000-4000-8000-0000000000c2';
const cache = '00000000-0000-4000-8000-0000000000a1';
const payments = '00000000-0000-4000-8000-0000000000a2';

type Input = ReturnType<typeof sampleProjectInput>;
type ComponentInput = NonNullable<Input['components']>[number];

const base = (): Project => Project.parse(sampleProjectInput());

function edited(edit: (p: Input) => void): Project {
  const input = sampleProjectInput();
  edit(input);
  return Project.parse(input);
}

function component(p: Input, id: string): ComponentInput {
  return p.components.find((c) => c.id === id)!;
}

function remove(p: Input, id: string): void {
  p.components = p.components.filter((c) => c.id !== id);
  p.connections = p.connections.filter((c) => c.from !== id && c.to !== id);
  if (p.layout?.components) delete p.layout.components[id];
}

describe('mergeProjects', () => {
  it('merges edits to different components, and to different properties of one component, without conflicts', () => {
    const ours = edited((p) => {
      component(p, web).deployment = { instances: 4, autoscaling: true };
      component(p, db).technology = 'PostgreSQL 17';
    });
    const theirs = edited((p) => {
      component(p, web).capacity = { ratePerInstance: 300 };
      component(p, db).data = { sizeGb: 80, growthGbPerMonth: 2 };
    });
    const { project, conflicts } = mergeProjects(base(), ours, theirs);
    expect(conflicts).toEqual([]);
    expect(project.conflicts).toEqual([]);
    const merged = new Map(project.components.map((c) => [c.id as string, c]));
    expect(merged.get(web)).toMatchObject({ deployment: { instances: 4, autoscaling: true }, capacity: { ratePerInstance: 300 } });
    expect(merged.get(db)).toMatchObject({ technology: 'PostgreSQL 17', data: { sizeGb: 80, growthGbPerMonth: 2 } });
  });

  it('takes a change made the same way on both sides as one change', () => {
    const both = edited((p) => (component(p, web).name = 'storefront'));
    const { project, conflicts } = mergeProjects(base(), both, both);
    expect(conflicts).toEqual([]);
    expect(project.components.find((c) => c.id === web)!.name).toBe('storefront');
  });

  it('keeps ours and records a conflict, with every side, when one property changed two ways', () => {
    const ours = edited((p) => (component(p, web).deployment = { instances: 3, autoscaling: true }));
    const theirs = edited((p) => {
      component(p, web).deployment = { instances: 6, autoscaling: true };
      component(p, db).technology = 'MySQL 8';
    });
    const { project, conflicts } = mergeProjects(base(), ours, theirs);
    expect(conflicts).toEqual([
      {
        record: 'component',
        id: web,
        name: 'web',
        path: 'deployment.instances',
        reason: 'both-changed',
        base: 2,
        ours: 3,
        theirs: 6,
        message: 'component web: deployment.instances changed on both sides (ours 3, theirs 6); kept ours.',
      },
    ]);
    expect(project.components.find((c) => c.id === web)!.deployment!.instances).toBe(3);
    // the rest of their changes still merge
    expect(project.components.find((c) => c.id === db)!.technology).toBe('MySQL 8');
    expect(project.conflicts).toEqual(conflicts);
  });

  it('keeps a component our side deleted deleted when their side edited it, and says so', () => {
    const ours = edited((p) => {
      remove(p, db);
      p.review!.findings = p.review!.findings!.filter((f) => !f.key.includes(db));
    });
    const theirs = edited((p) => (component(p, db).deployment = { failover: 'standby' }));
    const { project, conflicts } = mergeProjects(base(), ours, theirs);
    expect(project.components.map((c) => c.id)).not.toContain(db);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ record: 'component', id: db, name: 'db', reason: 'deleted-by-ours', theirs: { deployment: { failover: 'standby' } } });
    expect(conflicts[0]!.ours).toBeUndefined();
    expect(conflicts[0]!.message).toBe('our side deleted component db, their side changed it; it stays deleted.');
  });

  it('keeps our edit of a component their side deleted', () => {
    const ours = edited((p) => (component(p, db).technology = 'PostgreSQL 17'));
    const theirs = edited((p) => remove(p, db));
    const { project, conflicts } = mergeProjects(base(), ours, theirs);
    expect(project.components.find((c) => c.id === db)!.technology).toBe('PostgreSQL 17');
    // web → db was deleted by theirs but unchanged by ours: it goes, the kept db stays valid on its own
    expect(conflicts.map((c) => [c.record, c.id, c.reason])).toEqual([['component', db, 'deleted-by-theirs']]);
    expect(conflicts[0]!.theirs).toBeUndefined();
  });

  it('adds and removes components with their connections from both sides', () => {
    const ours = edited((p) => {
      p.components.push({ id: cache, name: 'cache', kind: 'cache' });
      p.connections.push({ id: '00000000-0000-4000-8000-0000000000c3', from: web, to: cache, kind: 'read' });
    });
    const theirs = edited((p) => {
      p.components.push({ id: payments, name: 'payments', kind: 'external-api' });
      p.connections.push({ id: '00000000-0000-4000-8000-0000000000c4', from: web, to: payments, kind: 'sync' });
      remove(p, users);
      p.workload!.entryPoints = [];
    });
    const { project, conflicts } = mergeProjects(base(), ours, theirs);
    expect(conflicts).toEqual([]);
    expect(project.components.map((c) => c.name).sort()).toEqual(['cache', 'db', 'payments', 'web']);
    expect(project.connections.map((c) => c.id).sort()).toEqual([webToDb, '00000000-0000-4000-8000-0000000000c3', '00000000-0000-4000-8000-0000000000c4']);
    expect(project.workload.entryPoints).toEqual([]);
    expect(Object.keys(project.layout.components)).not.toContain(users);
  });

  it('leaves out a connection their side added to a component our side deleted, and the file stays valid', () => {
    const ours = edited((p) => remove(p, db));
    const theirs = edited((p) => p.connections.push({ id: '00000000-0000-4000-8000-0000000000c5', from: users, to: db, kind: 'read' }));
    const { project, conflicts } = mergeProjects(base(), ours, theirs);
    expect(project.connections.map((c) => c.id)).not.toContain('00000000-0000-4000-8000-0000000000c5');
    expect(conflicts).toEqual([
      expect.objectContaining({ record: 'connection', id: '00000000-0000-4000-8000-0000000000c5', name: 'users → db', reason: 'refers-to-deleted' }),
    ]);
    expect(Project.safeParse(project).success).toBe(true);
  });

  it('brings back a component their side deleted when a connection of ours still uses it', () => {
    const ours = edited((p) => p.connections.push({ id: '00000000-0000-4000-8000-0000000000c6', from: users, to: db, kind: 'read' }));
    const theirs = edited((p) => remove(p, db));
    const { project, conflicts } = mergeProjects(base(), ours, theirs);
    expect(project.components.map((c) => c.id)).toContain(db);
    expect(project.connections.map((c) => c.id)).toContain('00000000-0000-4000-8000-0000000000c6');
    expect(conflicts).toEqual([expect.objectContaining({ record: 'component', id: db, reason: 'deleted-by-theirs' })]);
  });

  it('brings back a zone their side deleted when our components are still in it', () => {
    const ours = edited((p) => (component(p, db).zoneIds = [zoneB]));
    const theirs = edited((p) => {
      p.zones = p.zones!.filter((z) => z.id !== zoneB);
      component(p, web).zoneIds = [zoneA];
    });
    const { project, conflicts } = mergeProjects(base(), ours, theirs);
    expect(project.zones.map((z) => z.id)).toContain(zoneB);
    expect(project.components.find((c) => c.id === db)!.zoneIds).toEqual([zoneB]);
    expect(conflicts.map((c) => [c.record, c.id, c.reason])).toEqual([['zone', zoneB, 'deleted-by-theirs']]);
  });

  it('keeps our whole record when their change and ours, taken property by property, do not make a valid record', () => {
    // Retries need "max": ours adds a backoff to the retries theirs removed.
    const withRetries = (p: Input) => (p.connections.find((c) => c.id === webToDb)!.retries = { max: 2 });
    const start = edited(withRetries);
    const ours = edited((p) => {
      withRetries(p);
      p.connections.find((c) => c.id === webToDb)!.retries = { max: 2, backoff: 'exponential' };
    });
    const theirs = edited(() => {});
    const { project, conflicts } = mergeProjects(start, ours, theirs);
    expect(project.connections.find((c) => c.id === webToDb)!.retries).toEqual({ max: 2, backoff: 'exponential' });
    expect(conflicts).toEqual([expect.objectContaining({ record: 'connection', id: webToDb, reason: 'both-changed' })]);
    expect(conflicts[0]!.path).toBeUndefined();
  });

  it("merges both sides' review history and records the status both changed", () => {
    const key = `redundancy/single-point-of-failure|${db}`;
    const review = (status: 'fixed' | 'planned', at: string) => (p: Input) => {
      const entry = p.review!.findings!.find((f) => f.key === key)!;
      entry.status = status;
      entry.history = [{ at, status }];
    };
    const { project, conflicts } = mergeProjects(base(), edited(review('fixed', '2026-02-02T10:00:00Z')), edited(review('planned', '2026-02-01T09:00:00Z')));
    const merged = project.review.findings.find((f) => f.key === key)!;
    expect(merged.status).toBe('fixed');
    expect(merged.history.map((h) => h.at)).toEqual(['2026-02-01T09:00:00Z', '2026-02-02T10:00:00Z']);
    expect(conflicts).toEqual([expect.objectContaining({ record: 'finding-review', id: key, path: 'status', ours: 'fixed', theirs: 'planned' })]);
  });

  it('carries conflicts of an earlier merge over, and drops those one side resolved', () => {
    const first = mergeProjects(
      base(),
      edited((p) => (component(p, web).technology = 'Go')),
      edited((p) => (component(p, web).technology = 'Rust')),
    ).project;
    expect(first.conflicts).toHaveLength(1);
    // ours resolved it (kept Go, cleared the conflict); theirs still has it, unchanged: resolved
    const resolved = { ...first, conflicts: [] };
    expect(mergeProjects(first, resolved, first).project.conflicts).toEqual([]);
    // nobody resolved it: it stays
    expect(mergeProjects(first, first, { ...first, name: 'Renamed shop' }).project.conflicts).toEqual(first.conflicts);
  });

  it('gives the same bytes every time, whatever the order of records in the files', () => {
    const ours = edited((p) => (component(p, web).deployment = { instances: 3 }));
    const theirs = edited((p) => {
      component(p, web).deployment = { instances: 5 };
      p.components.push({ id: payments, name: 'payments', kind: 'external-api' });
    });
    const once = serializeProject(mergeProjects(base(), ours, theirs).project);
    const reordered = { ...theirs, components: [...theirs.components].reverse(), connections: [...theirs.connections].reverse() };
    expect(serializeProject(mergeProjects(base(), ours, reordered).project)).toBe(once);
    expect(serializeProject(mergeProjects(base(), ours, theirs).project)).toBe(once);
  });

  it('always gives a valid project for random concurrent edits of the same model', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const edit = (p: Input) => {
      for (let i = 0; i < 4; i++) {
        const target = pick(p.components);
        const choice = random();
        if (choice < 0.2 && p.components.length > 1) {
          remove(p, target.id);
          p.workload!.entryPoints = p.workload!.entryPoints!.filter((e) => e.componentId !== target.id);
          p.connections = p.connections.filter((c) => c.cachedBy !== target.id);
        } else if (choice < 0.4) {
          const id = `00000000-0000-4000-8000-0000000001${Math.floor(random() * 256)
            .toString(16)
            .padStart(2, '0')}`;
          if (!p.components.some((c) => c.id === id)) {
            p.components.push({
              id,
              name: `new-${id.slice(-2)}`,
              kind: 'service',
              zoneIds: random() < 0.5 && p.zones!.length > 0 ? [pick(p.zones!).id] : undefined,
            });
            p.connections.push({
              id: id.replace('-0000000001', '-0000000002'),
              from: id,
              to: pick(p.components).id,
              kind: 'sync',
              cachedBy: random() < 0.3 ? pick(p.components).id : undefined,
            });
          }
        } else if (choice < 0.55) {
          p.zones = p.zones!.filter((z) => z.id !== pick([zoneA, zoneB]));
          const zones = new Set(p.zones.map((z) => z.id));
          for (const c of p.components) if (c.zoneIds) c.zoneIds = c.zoneIds.filter((z) => zones.has(z));
        } else if (choice < 0.8) {
          target.deployment = { ...target.deployment, instances: Math.floor(random() * 5) };
        } else {
          target.name = `${target.name}-${Math.floor(random() * 9)}`;
        }
      }
    };
    const reasons = new Set<string>();
    for (let round = 0; round < 60; round++) {
      const ours = edited(edit);
      const theirs = edited(edit);
      const result = mergeProjects(base(), ours, theirs);
      const check = Project.safeParse(result.project);
      expect(check.success, `round ${round}: ${check.error?.issues[0]?.message}`).toBe(true);
      expect(result.conflicts.every((c) => c.message.length > 0)).toBe(true);
      for (const c of result.conflicts) reasons.add(c.reason);
      expect(serializeProject(mergeProjects(base(), ours, theirs).project)).toBe(serializeProject(result.project));
    }
    // the rounds went through every kind of conflict, references repaired included
    expect([...reasons].sort()).toEqual(['both-changed', 'deleted-by-ours', 'deleted-by-theirs', 'refers-to-deleted']);
  });
});
