import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, Project } from '../../../shared/model/project';
import { ModelBuilder } from '../../../electron/engine/testing/modelBuilder';
import { addComponent, connect, copyFragment, pasteFragment, removeItems, uniqueName } from './edits';

function sample() {
  const m = new ModelBuilder();
  const zone = m.zone('zone a');
  const web = m.component('web', 'service', { zoneIds: [zone] as never });
  const cache = m.component('cache', 'cache');
  const db = m.component('db', 'database');
  const read = m.connect(web, db, 'read', { cachedBy: cache });
  m.connect(web, cache, 'read');
  m.entry(web, 100);
  return { project: m.build(), web, cache, db, read, zone };
}

describe('edits', () => {
  it('adds a component with a unique name and a position, and the result is a valid project', () => {
    const { project } = sample();
    const one = addComponent(project, 'service', { x: 10, y: 20 });
    const two = addComponent(one.project, 'service', { x: 0, y: 0 });
    const names = two.project.components.filter((c) => c.kind === 'service').map((c) => c.name);
    expect(names).toEqual(['web', 'Service', 'Service 2']);
    expect(two.project.layout.components[one.id]).toEqual({ x: 10, y: 20 });
    expect(Project.safeParse(two.project).success).toBe(true);
  });

  it('adds a component next to, not on top of, one already at the same spot', () => {
    const { project } = sample();
    const one = addComponent(project, 'service', { x: 0, y: 0 });
    const two = addComponent(one.project, 'database', { x: 0, y: 0 });
    expect(two.project.layout.components[two.id]).toEqual({ x: 0, y: 120 });
  });

  it('refuses self-connections and duplicates', () => {
    const { project, web, db } = sample();
    expect(connect(project, web, web).id).toBeNull();
    expect(connect(project, web, db, 'read').id).toBeNull();
    const made = connect(project, web, db, 'write');
    expect(made.id).not.toBeNull();
    expect(made.project.connections).toHaveLength(3);
  });

  it('removing a component removes its connections, entry point, layout and cached-by references', () => {
    const { project, web, cache } = sample();
    const withoutCache = removeItems(project, [cache]);
    expect(withoutCache.connections).toHaveLength(1);
    expect(withoutCache.connections[0]!.cachedBy).toBeUndefined();
    expect(Project.safeParse(withoutCache).success).toBe(true);
    const withoutWeb = removeItems(project, [web]);
    expect(withoutWeb.connections).toHaveLength(0);
    expect(withoutWeb.workload.entryPoints).toHaveLength(0);
    expect(Project.safeParse(withoutWeb).success).toBe(true);
  });

  it('removing a zone removes it from its members and the layout', () => {
    const { project, zone, web } = sample();
    const next = removeItems({ ...project, layout: { ...project.layout, zones: { [zone]: { x: 0, y: 0, width: 10, height: 10 } } } }, [zone]);
    expect(next.zones).toHaveLength(0);
    expect(next.components.find((c) => c.id === web)!.zoneIds).toBeUndefined();
    expect(next.layout.zones).toEqual({});
    expect(Project.safeParse(next).success).toBe(true);
  });

  it('pastes copies with fresh ids, inner connections only, offset positions', () => {
    const { project, web, db } = sample();
    const placed = { ...project, layout: { ...project.layout, components: { [web]: { x: 0, y: 0 }, [db]: { x: 100, y: 0 } } } };
    const fragment = copyFragment(placed, [web, db]);
    expect(fragment.connections).toHaveLength(1);
    const pasted = pasteFragment(placed, fragment, { x: 40, y: 40 });
    expect(pasted.ids).toHaveLength(2);
    expect(pasted.ids).not.toContain(web);
    expect(pasted.project.components).toHaveLength(5);
    expect(pasted.project.connections).toHaveLength(3);
    expect(pasted.project.layout.components[pasted.ids[1]!]).toEqual({ x: 140, y: 40 });
    expect(pasted.project.components.map((c) => c.name)).toContain('web 2');
    expect(Project.safeParse(pasted.project).success).toBe(true);
  });

  it('uniqueName skips taken names', () => {
    const { project } = sample();
    expect(uniqueName(project, 'web')).toBe('web 2');
    expect(uniqueName(project, 'api')).toBe('api');
  });

  it('places components added at one spot side by side, never on top of each other', () => {
    let project = Project.parse({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      id: '00000000-0000-4000-8000-000000000001',
      name: 'p',
      components: [],
      connections: [],
    });
    const placed: { x: number; y: number }[] = [];
    for (let i = 0; i < 6; i++) {
      const added = addComponent(project, 'service', { x: 0, y: 0 });
      project = added.project;
      placed.push(project.layout.components[added.id]!);
    }
    expect(placed[0]).toEqual({ x: 0, y: 0 });
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const overlap = Math.abs(placed[i]!.x - placed[j]!.x) < 200 && Math.abs(placed[i]!.y - placed[j]!.y) < 72;
        expect(overlap, `${i} and ${j}`).toBe(false);
      }
    }
  });
});
