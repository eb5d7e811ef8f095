import type { Project } from '../../shared/model/project';
import { jsonBytes } from './modelCodec';

/**
 * A revision stored as what it changed relative to an earlier revision of the same project (its
 * base), when that is much smaller than the whole model: an autosave after one edit of a large
 * project changes one component, yet the whole model, deflated, is still large.
 *
 * Components and connections are listed in order, each either whole (an object) or as a run of
 * the base's entries kept as they were ([first index, count]); the layout's positions as those
 * set and those dropped; every other top-level field whole, and only when it differs from the
 * base's. Applied to the base's stored data before any schema migration, so a future Tenfold
 * migrates the assembled model exactly as it would a full one.
 */
export interface RevisionDelta {
  readonly delta: 1;
  readonly base: number;
  readonly fields: Record<string, unknown>;
  readonly absent: string[];
  readonly components: ListEntry[];
  readonly connections: ListEntry[];
  readonly layout?: LayoutDelta;
}

type ListEntry = Record<string, unknown> | [number, number];

interface LayoutDelta {
  readonly components: { readonly set: Record<string, unknown>; readonly drop: string[] };
  readonly others: Record<string, unknown>;
}

type Data = Record<string, unknown>;
type Entity = { readonly id: string };

const LISTS = ['components', 'connections'] as const;
/** A delta is stored only when it is at most this share of the whole model's JSON. */
const WORTH_IT = 0.5;

function same(a: unknown, b: unknown): boolean {
  return a === b || jsonBytes(a).equals(jsonBytes(b));
}

function sizeOf(value: unknown): number {
  return value === undefined ? 0 : jsonBytes(value).length;
}

/** The entries of `now` against `before`: runs of unchanged base entries, the others whole. */
function listDelta(
  now: readonly Entity[],
  before: readonly Entity[],
  indexOf: ReadonlyMap<string, number>,
): { entries: ListEntry[]; bytes: number; whole: number } {
  const entries: ListEntry[] = [];
  let bytes = 0;
  let whole = 0;
  let run: [number, number] | null = null;
  for (const entry of now) {
    const size = sizeOf(entry);
    whole += size + 1;
    const at = indexOf.get(entry.id);
    if (at !== undefined && same(entry, before[at])) {
      if (run && run[0] + run[1] === at) run[1]++;
      else {
        run = [at, 1];
        entries.push(run);
        bytes += 12;
      }
      continue;
    }
    run = null;
    entries.push(entry);
    bytes += size + 1;
  }
  return { entries, bytes, whole };
}

function layoutDelta(now: Data, before: Data): { delta: LayoutDelta; bytes: number } {
  const nowPoints = (now['components'] ?? {}) as Data;
  const beforePoints = (before['components'] ?? {}) as Data;
  const set: Data = {};
  const drop: string[] = [];
  let bytes = 0;
  for (const [id, point] of Object.entries(nowPoints)) {
    const was = beforePoints[id] as { x: number; y: number } | undefined;
    const is = point as { x: number; y: number };
    if (was && was.x === is.x && was.y === is.y) continue;
    set[id] = point;
    bytes += 60;
  }
  for (const id of Object.keys(beforePoints)) {
    if (!Object.hasOwn(nowPoints, id)) {
      drop.push(id);
      bytes += 40;
    }
  }
  const others: Data = {};
  for (const [key, value] of Object.entries(now)) {
    if (key === 'components' || same(value, before[key])) continue;
    others[key] = value;
    bytes += sizeOf(value);
  }
  return { delta: { components: { set, drop }, others }, bytes };
}

/** Index of each entry's id in a list, built once per base. */
export function indexById(list: readonly Entity[]): Map<string, number> {
  const index = new Map<string, number>();
  list.forEach((entry, i) => index.set(entry.id, i));
  return index;
}

/** A revision deltas may refer to: its id, its model, and its lists indexed by id. */
export interface DeltaBase {
  readonly revisionId: number;
  readonly data: Project;
  readonly indexes: { readonly components: Map<string, number>; readonly connections: Map<string, number> };
}

/**
 * The delta from `base` to `project`, or null when storing the whole model is about as small
 * (more than half of it changed).
 */
export function revisionDelta(project: Project, base: DeltaBase): RevisionDelta | null {
  const now = project as unknown as Data;
  const before = base.data as unknown as Data;
  const fields: Data = {};
  const absent: string[] = [];
  let bytes = 0;
  let whole = 0;
  for (const [key, value] of Object.entries(now)) {
    if (value === undefined || LISTS.includes(key as (typeof LISTS)[number]) || key === 'layout') continue;
    whole += sizeOf(value);
    if (same(value, before[key])) continue;
    fields[key] = value;
    bytes += sizeOf(value);
  }
  for (const key of Object.keys(before)) if (now[key] === undefined && before[key] !== undefined) absent.push(key);
  const components = listDelta(project.components, base.data.components, base.indexes.components);
  const connections = listDelta(project.connections, base.data.connections, base.indexes.connections);
  bytes += components.bytes + connections.bytes;
  whole += components.whole + connections.whole;
  let layout: LayoutDelta | undefined;
  if (now['layout'] !== undefined) {
    whole += sizeOf(now['layout']);
    if (!same(now['layout'], before['layout'])) {
      const changed = layoutDelta(now['layout'] as Data, (before['layout'] ?? {}) as Data);
      layout = changed.delta;
      bytes += changed.bytes;
    }
  }
  if (bytes > whole * WORTH_IT) return null;
  return { delta: 1, base: base.revisionId, fields, absent, components: components.entries, connections: connections.entries, ...(layout ? { layout } : {}) };
}

/** True for stored data that is a delta rather than a whole model. */
export function isDelta(data: unknown): data is RevisionDelta {
  return typeof data === 'object' && data !== null && (data as { delta?: unknown }).delta === 1;
}

function applyList(entries: readonly ListEntry[], before: readonly unknown[]): unknown[] {
  const list: unknown[] = [];
  for (const entry of entries) {
    if (!Array.isArray(entry)) {
      list.push(entry);
      continue;
    }
    const [first, count] = entry;
    for (let i = first; i < first + count; i++) list.push(before[i]);
  }
  return list;
}

/** The model a delta stands for, assembled on its base's stored data (unmigrated, like any stored model). */
export function applyRevisionDelta(delta: RevisionDelta, base: Data): Data {
  const data: Data = { ...base };
  for (const key of delta.absent) delete data[key];
  Object.assign(data, delta.fields);
  data['components'] = applyList(delta.components, (base['components'] ?? []) as unknown[]);
  data['connections'] = applyList(delta.connections, (base['connections'] ?? []) as unknown[]);
  if (delta.layout) {
    const before = (base['layout'] ?? {}) as Data;
    const points: Data = { ...((before['components'] ?? {}) as Data) };
    for (const id of delta.layout.components.drop) delete points[id];
    Object.assign(points, delta.layout.components.set);
    data['layout'] = { ...before, ...delta.layout.others, components: points };
  }
  return data;
}
