import { z } from 'zod';

/**
 * Property-level comparison of two records of a project (components, connections, zones...).
 * A record is read as its leaves: nested objects are walked ("deployment.instances"), lists are
 * one value each (tags, zone ids, topics), because an edit to a list is read as a new list.
 * Shared by the diff, the three-way merge and the app's conflict resolution.
 */

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export const JsonValueSchema: z.ZodType<JsonValue> = z.json();

/** One leaf that differs: absent `before` or `after` means the property is not set on that side. */
export const PropertyChange = z.strictObject({
  path: z.string(),
  before: JsonValueSchema.optional(),
  after: JsonValueSchema.optional(),
});
export type PropertyChange = z.infer<typeof PropertyChange>;

type Leaves = Map<string, JsonValue>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Every leaf of a record by its dotted path; undefined members are not leaves (not set). */
export function leavesOf(record: unknown, skip: ReadonlySet<string> = noSkip): Leaves {
  const leaves: Leaves = new Map();
  const walk = (value: unknown, prefix: string) => {
    for (const key of Object.keys(value as object)) {
      const child = (value as Record<string, unknown>)[key];
      if (child === undefined) continue;
      const path = prefix === '' ? key : `${prefix}.${key}`;
      if (prefix === '' && skip.has(key)) continue;
      if (isPlainObject(child)) walk(child, path);
      else leaves.set(path, child as JsonValue);
    }
  };
  if (isPlainObject(record)) walk(record, '');
  return leaves;
}

const noSkip: ReadonlySet<string> = new Set();

/** Deep equality of JSON values (lists by position, objects by key; an undefined member is no member). */
export function sameValue(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  // Counted in place rather than with filtered key lists: a 10,000-component diff compares
  // some 200,000 objects, nearly all equal.
  let members = 0;
  for (const key in a) {
    const value = a[key];
    if (value === undefined) continue;
    members++;
    if (!sameValue(value, b[key])) return false;
  }
  for (const key in b) if (b[key] !== undefined) members--;
  return members === 0;
}

/**
 * The leaves that differ between two versions of a record, sorted by path. `skip` names top-level
 * keys left out (the id, or the name when a rename is reported apart).
 */
export function propertyChanges(before: unknown, after: unknown, skip: ReadonlySet<string> = noSkip): PropertyChange[] {
  // Most records of a large project are untouched: one deep comparison settles them.
  if (sameValue(before as JsonValue, after as JsonValue)) return [];
  const old = leavesOf(before, skip);
  const now = leavesOf(after, skip);
  const changes: PropertyChange[] = [];
  for (const [path, value] of old) {
    const next = now.get(path);
    if (!sameValue(value, next)) changes.push(next === undefined ? { path, before: value } : { path, before: value, after: next });
  }
  for (const [path, value] of now) if (!old.has(path)) changes.push({ path, after: value });
  return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * A copy of the record with the leaf at `path` set to `value` (or removed when undefined).
 * Objects left empty by a removal are removed too, as the editor leaves no empty sections.
 */
export function withLeaf<T extends object>(record: T, path: string, value: JsonValue | undefined): T {
  const [head, ...rest] = path.split('.');
  const source = record as Record<string, unknown>;
  const out: Record<string, unknown> = { ...source };
  if (rest.length === 0) {
    if (value === undefined) delete out[head!];
    else out[head!] = value;
    return out as T;
  }
  const child = isPlainObject(source[head!]) ? (source[head!] as object) : {};
  const next = withLeaf(child, rest.join('.'), value);
  if (Object.keys(next).length === 0) delete out[head!];
  else out[head!] = next;
  return out as T;
}

/** The leaf at `path`, or undefined. */
export function leafAt(record: unknown, path: string): JsonValue | undefined {
  let value: unknown = record;
  for (const key of path.split('.')) {
    if (!isPlainObject(value)) return undefined;
    value = value[key];
  }
  return value as JsonValue | undefined;
}
