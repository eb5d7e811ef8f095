import { describe, expect, it } from 'vitest';
import { Project } from '../model/project';
import { sampleProjectInput } from '../model/testing/sampleProject';
import { mergeProjects } from './merge';
import { putProperty, putRecord, resolveConflict } from './recordEdits';

const web = '00000000-0000-4000-8000-00000000000b';
const db = '00000000-0000-4000-8000-00000000000a';
const users = '00000000-0000-4000-8000-00000000000c';
const zoneB = '00000000-0000-4000-8000-0000000000f2';
const webToDb = '00000000-0000-4000-8000-0000000000c2';

type Input = ReturnType<typeof sampleProjectInput>;
const base = (): Project => Project.parse(sampleProjectInput());
function edited(edit: (p: Input) => void): Project {
  const input = sampleProjectInput();
  edit(input);
  return Project.parse(input);
}
const find = (p: Project, id: string) => p.components.find((c) => c.id === id);
function ok(edit: ReturnType<typeof putRecord>): Project {
  if (!edit.ok) throw new Error(edit.message);
  expect(Project.safeParse(edit.project).success).toBe(true);
  return edit.project;
}

describe('record edits', () => {
  it('sets and unsets one property of a component, leaving the others', () => {
    const set = ok(putProperty(base(), { record: 'component', id: web }, 'deployment.instances', 5));
    expect(find(set, web)!.deployment).toEqual({ instances: 5, autoscaling: true });
    const unset = ok(putProperty(set, { record: 'component', id: web }, 'deployment.autoscaling', undefined));
    expect(find(unset, web)!.deployment).toEqual({ instances: 5 });
  });

  it('removes a component with its connections, entry point and position, and puts it back', () => {
    const removed = ok(putRecord(base(), { record: 'component', id: users }, undefined));
    expect(find(removed, users)).toBeUndefined();
    expect(removed.connections.map((c) => c.id)).toEqual([webToDb]);
    expect(removed.workload.entryPoints).toEqual([]);
    expect(removed.layout.components[users]).toBeUndefined();
    const back = ok(putRecord(removed, { record: 'component', id: users }, { id: users, name: 'users', kind: 'client' }, { x: 10, y: 20 }));
    expect(find(back, users)).toEqual({ id: users, name: 'users', kind: 'client' });
    expect(back.layout.components[users]).toEqual({ x: 10, y: 20 });
  });

  it('removes a zone from the components in it', () => {
    const removed = ok(putRecord(base(), { record: 'zone', id: zoneB }, undefined));
    expect(find(removed, web)!.zoneIds).toEqual(['00000000-0000-4000-8000-0000000000f1']);
  });

  it('refuses what would leave the project invalid, saying why, and changes nothing', () => {
    const project = ok(putRecord(base(), { record: 'component', id: db }, undefined));
    const dangling = putRecord(project, { record: 'connection', id: webToDb }, { id: webToDb, from: web, to: db, kind: 'read' });
    expect(dangling).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^Setting connection .* would leave the project invalid \(connections\.\d\.to: the connection's "to" refers to component .*\); bring back what it refers to first\.$/,
      ),
    });
    expect(putProperty(base(), { record: 'component', id: web }, 'deployment.instances', -1)).toEqual({
      ok: false,
      message: expect.stringContaining('deployment.instances'),
    });
    expect(putProperty(base(), { record: 'workload', id: '' }, 'growthFactor', 0)).toEqual({ ok: false, message: expect.stringContaining('growthFactor') });
    expect(putProperty(base(), { record: 'project', id: '' }, 'name', '')).toEqual({ ok: false, message: expect.stringContaining('name') });
    expect(putProperty(project, { record: 'component', id: db }, 'technology', 'x')).toEqual({
      ok: false,
      message: expect.stringContaining('is no longer in the project'),
    });
  });

  it('resolves merge conflicts: keep ours drops the conflict, take theirs applies their value', () => {
    const ours = edited((p) => {
      p.components.find((c) => c.id === web)!.deployment = { instances: 3 };
      p.components = p.components.filter((c) => c.id !== db);
      p.connections = p.connections.filter((c) => c.to !== db);
      delete p.layout!.components![db];
    });
    const theirs = edited((p) => {
      p.components.find((c) => c.id === web)!.deployment = { instances: 6 };
      p.components.find((c) => c.id === db)!.technology = 'MySQL';
      p.workload!.growthFactor = 20;
    });
    const merged = mergeProjects(base(), ours, theirs).project;
    expect(merged.conflicts.map((c) => [c.id, c.path ?? null, c.reason])).toEqual([
      [db, null, 'deleted-by-ours'],
      [web, 'deployment.instances', 'both-changed'],
    ]);
    const [deleted, instances] = merged.conflicts;
    const kept = ok(resolveConflict(merged, instances!, 'ours'));
    expect(find(kept, web)!.deployment!.instances).toBe(3);
    expect(kept.conflicts).toEqual([deleted]);
    const taken = ok(resolveConflict(kept, instances!, 'theirs'));
    expect(find(taken, web)!.deployment!.instances).toBe(6);
    // their edited db comes back whole
    const restored = ok(resolveConflict(taken, deleted!, 'theirs'));
    expect(find(restored, db)!.technology).toBe('MySQL');
    expect(restored.conflicts).toEqual([]);
    expect(restored.workload.growthFactor).toBe(20);
  });
});
