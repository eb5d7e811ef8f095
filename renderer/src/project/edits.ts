import type { Component, ComponentKind } from '../../../shared/model/component';
import type { Connection, ConnectionKind } from '../../../shared/model/connection';
import { kindDefaults } from '../../../shared/model/defaults';
import { newId, type ComponentId, type ConnectionId } from '../../../shared/model/ids';
import type { Project } from '../../../shared/model/project';
import { COMPONENT_HEIGHT, COMPONENT_WIDTH } from '../diagram/geometry';
import { removeNotes } from './notes';

/**
 * Pure edits of a project, each returning a new project that shares every part it did not
 * change. The editor wraps them in apply() so each is one undo step.
 */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** "Service", "Service 2", ...: the first name not already taken. */
export function uniqueName(project: Project, base: string): string {
  const taken = new Set(project.components.map((c) => c.name));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base} ${n}`)) return `${base} ${n}`;
}

/** Space kept round a component placed beside others. */
const CLEARANCE = 24;

/**
 * The nearest spot to `at` where a new component overlaps none already placed: `at` itself when
 * free, else the closest free slot on rings of component-sized steps around it, so components
 * added one after another at the same place lie side by side, each visible and easy to grab.
 */
export function freeSpot(project: Project, at: Point): Point {
  const taken = Object.values(project.layout.components);
  const free = (p: Point) => taken.every((q) => Math.abs(q.x - p.x) >= COMPONENT_WIDTH + CLEARANCE || Math.abs(q.y - p.y) >= COMPONENT_HEIGHT + CLEARANCE);
  if (free(at)) return at;
  const stepX = COMPONENT_WIDTH + CLEARANCE * 2;
  const stepY = COMPONENT_HEIGHT + CLEARANCE * 2;
  for (let ring = 1; ring <= 12; ring++) {
    const slots: Point[] = [];
    for (let i = -ring; i <= ring; i++) {
      for (let j = -ring; j <= ring; j++) {
        if (Math.max(Math.abs(i), Math.abs(j)) === ring) slots.push({ x: at.x + i * stepX, y: at.y + j * stepY });
      }
    }
    // Nearest first; of two as near, below before above, then right before left.
    slots.sort((a, b) => Math.hypot(a.x - at.x, a.y - at.y) - Math.hypot(b.x - at.x, b.y - at.y) || b.y - a.y || b.x - a.x);
    const found = slots.find(free);
    if (found) return found;
  }
  return at;
}

export function addComponent(project: Project, kind: ComponentKind, wanted: Point): { project: Project; id: ComponentId } {
  const id = newId<ComponentId>();
  const at = freeSpot(project, wanted);
  const component: Component = { id, name: uniqueName(project, kindDefaults[kind].label), kind };
  return {
    id,
    project: {
      ...project,
      components: [...project.components, component],
      layout: { ...project.layout, components: { ...project.layout.components, [id]: { x: at.x, y: at.y } } },
    },
  };
}

export function connect(project: Project, from: string, to: string, kind: ConnectionKind = 'sync'): { project: Project; id: ConnectionId | null } {
  if (from === to) return { project, id: null };
  const exists = project.connections.some((c) => c.from === from && c.to === to && c.kind === kind);
  if (exists) return { project, id: null };
  const id = newId<ConnectionId>();
  const connection: Connection = { id, from: from as ComponentId, to: to as ComponentId, kind };
  return { id, project: { ...project, connections: [...project.connections, connection] } };
}

/** Removes components, connections and zones by id, with every reference to them. */
export function removeItems(project: Project, ids: readonly string[]): Project {
  const gone = new Set(ids);
  if (project.zones.some((z) => gone.has(z.id))) project = removeZones(project, gone);
  project = removeNotes(project, gone);
  const goneComponents = new Set(project.components.filter((c) => gone.has(c.id)).map((c) => c.id as string));
  const connections = project.connections
    .filter((c) => !gone.has(c.id) && !goneComponents.has(c.from) && !goneComponents.has(c.to))
    .map((c) => (c.cachedBy && goneComponents.has(c.cachedBy) ? withoutKey(c, 'cachedBy') : c));
  if (goneComponents.size === 0 && connections.length === project.connections.length) return project;
  const layoutComponents = { ...project.layout.components };
  for (const id of goneComponents) delete layoutComponents[id];
  return {
    ...project,
    components: project.components.filter((c) => !goneComponents.has(c.id)),
    connections,
    workload: { ...project.workload, entryPoints: project.workload.entryPoints.filter((e) => !goneComponents.has(e.componentId)) },
    layout: { ...project.layout, components: layoutComponents },
  };
}

function withoutKey<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const copy = { ...value };
  delete copy[key];
  return copy;
}

/** What copy puts on the clipboard: the components and the connections between them. */
export interface Fragment {
  readonly components: readonly Component[];
  readonly connections: readonly Connection[];
  readonly positions: Readonly<Record<string, Point>>;
}

export function copyFragment(project: Project, ids: readonly string[]): Fragment {
  const chosen = new Set(ids);
  const components = project.components.filter((c) => chosen.has(c.id));
  const inside = new Set(components.map((c) => c.id as string));
  const connections = project.connections.filter((c) => inside.has(c.from) && inside.has(c.to));
  const positions: Record<string, Point> = {};
  for (const c of components) {
    const p = project.layout.components[c.id];
    if (p) positions[c.id] = p;
  }
  return { components, connections, positions };
}

/**
 * Pastes a fragment with fresh ids, offset from the originals, and returns the new ids.
 * Zones and cached-by references that do not exist in the target project are dropped.
 */
export function pasteFragment(project: Project, fragment: Fragment, offset: Point): { project: Project; ids: string[] } {
  const idMap = new Map<string, string>();
  for (const c of fragment.components) idMap.set(c.id, newId<ComponentId>());
  const zoneIds = new Set<string>(project.zones.map((z) => z.id));
  let next = project;
  const components: Component[] = [];
  const positions = { ...project.layout.components };
  for (const original of fragment.components) {
    const id = idMap.get(original.id) as ComponentId;
    const zones = original.zoneIds?.filter((z) => zoneIds.has(z));
    const base: Component = { ...original, id, name: uniqueName({ ...next, components: [...next.components, ...components] }, original.name) };
    const copy: Component = zones && zones.length > 0 ? { ...base, zoneIds: zones } : withoutKey(base, 'zoneIds');
    components.push(copy);
    const p = fragment.positions[original.id];
    if (p) positions[id] = { x: p.x + offset.x, y: p.y + offset.y };
  }
  const connections: Connection[] = fragment.connections.map((original) => {
    const cachedBy = original.cachedBy
      ? (idMap.get(original.cachedBy) ?? (project.components.some((c) => c.id === original.cachedBy) ? original.cachedBy : undefined))
      : undefined;
    const base: Connection = {
      ...withoutKey(original, 'cachedBy'),
      id: newId<ConnectionId>(),
      from: idMap.get(original.from) as ComponentId,
      to: idMap.get(original.to) as ComponentId,
    };
    return cachedBy ? { ...base, cachedBy: cachedBy as ComponentId } : base;
  });
  next = {
    ...project,
    components: [...project.components, ...components],
    connections: [...project.connections, ...connections],
    layout: { ...project.layout, components: positions },
  };
  return { project: next, ids: components.map((c) => c.id) };
}

export function moveComponents(project: Project, positions: ReadonlyMap<string, Point>): Project {
  if (positions.size === 0) return project;
  const components = { ...project.layout.components };
  for (const [id, p] of positions) components[id] = { x: Math.round(p.x), y: Math.round(p.y) };
  return { ...project, layout: { ...project.layout, components } };
}

/** Replaces one component (by id) using a function of the current one. */
export function updateComponent(project: Project, id: string, change: (component: Component) => Component): Project {
  return { ...project, components: project.components.map((c) => (c.id === id ? change(c) : c)) };
}

export function updateConnection(project: Project, id: string, change: (connection: Connection) => Connection): Project {
  return { ...project, connections: project.connections.map((c) => (c.id === id ? change(c) : c)) };
}

function removeZones(project: Project, gone: ReadonlySet<string>): Project {
  const boxes = { ...project.layout.zones };
  for (const id of gone) delete boxes[id];
  return {
    ...project,
    zones: project.zones.filter((z) => !gone.has(z.id)),
    components: project.components.map((c) => {
      if (!c.zoneIds?.some((z) => gone.has(z))) return c;
      const zoneIds = c.zoneIds.filter((z) => !gone.has(z));
      return zoneIds.length > 0 ? { ...c, zoneIds } : withoutKey(c, 'zoneIds');
    }),
    layout: { ...project.layout, zones: boxes },
  };
}
