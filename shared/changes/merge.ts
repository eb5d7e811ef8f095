import { z } from 'zod';
import { Project } from '../model/project';
import { Component } from '../model/component';
import { Connection } from '../model/connection';
import { Zone } from '../model/zone';
import { EntryPoint } from '../model/workload';
import { Decision, FindingReview, RuleOverride } from '../model/review';
import { conflictKey, type ConflictReason, type ConflictRecord, type MergeConflict } from '../model/conflict';
import { leafAt, leavesOf, sameValue, withLeaf, type JsonValue } from './propertyChanges';
import { itemAt } from '../base/itemAt';

/**
 * Three-way merge of project files, by id and property: edits to different components,
 * connections or properties merge cleanly; the same property changed two ways, an edit to a
 * record the other side deleted, or a reference to a record our side deleted is a conflict. The
 * result keeps our side's state wherever there is a conflict, lists every conflict in its
 * conflicts section, and is always a valid project. Pure and deterministic.
 */

export interface MergeResult {
  readonly project: Project;
  /** The conflicts this merge found (also in project.conflicts, with any left from earlier merges). */
  readonly conflicts: readonly MergeConflict[];
}

type Item = Record<string, unknown>;

/** How one kind of record is merged. */
interface RecordKind {
  readonly record: ConflictRecord;
  readonly key: (item: Item) => string;
  readonly name?: (item: Item) => string | undefined;
  /**
   * Each merged record must pass it; one that does not is kept as ours, whole, as a conflict.
   * Absent for records checked elsewhere (settings, by the whole project) or not at all (positions).
   */
  readonly schema?: z.core.$ZodType;
  /** A property both sides changed that merges without a conflict (e.g. a review's history). */
  readonly combine?: (path: string, base: JsonValue | undefined, ours: JsonValue | undefined, theirs: JsonValue | undefined) => JsonValue | undefined;
  /** Disagreements keep ours without a conflict (canvas positions). */
  readonly silent?: boolean;
}

const asJson = (value: unknown) => value as JsonValue | undefined;

function short(value: JsonValue | undefined): string {
  if (value === undefined) return '(unset)';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

const recordWords: Readonly<Record<ConflictRecord, string>> = {
  project: 'the project',
  workload: 'the workload',
  component: 'component',
  connection: 'connection',
  zone: 'zone',
  'entry-point': 'entry point',
  'finding-review': 'the review of finding',
  decision: 'decision',
  'rule-override': 'rule override',
};

function subject(record: ConflictRecord, id: string, name: string | undefined): string {
  if (record === 'project' || record === 'workload') return recordWords[record];
  return `${recordWords[record]} ${name ?? id}`;
}

class Conflicts {
  private readonly byKey = new Map<string, MergeConflict>();

  get list(): MergeConflict[] {
    return [...this.byKey.values()];
  }

  add(
    record: ConflictRecord,
    id: string,
    name: string | undefined,
    reason: ConflictReason,
    sides: { base?: unknown; ours?: unknown; theirs?: unknown },
    path?: string,
  ): void {
    const what = subject(record, id, name);
    const message =
      path !== undefined
        ? reason === 'refers-to-deleted'
          ? `${what}: their side set ${path} to ${short(asJson(sides.theirs))}, which our side deleted; kept ${short(asJson(sides.ours))}.`
          : `${what}: ${path} changed on both sides (ours ${short(asJson(sides.ours))}, theirs ${short(asJson(sides.theirs))}); kept ours.`
        : reason === 'deleted-by-ours'
          ? `our side deleted ${what}, their side changed it; it stays deleted.`
          : reason === 'deleted-by-theirs'
            ? `their side deleted ${what}, our side changed or still uses it; kept ours.`
            : reason === 'refers-to-deleted'
              ? `their side's ${what} refers to something our side deleted; left out.`
              : `${what} changed on both sides in ways that do not combine; kept ours.`;
    const conflict: MergeConflict = {
      record,
      id,
      ...(name === undefined ? {} : { name: name.slice(0, 300) }),
      ...(path === undefined ? {} : { path }),
      reason,
      ...(sides.base === undefined ? {} : { base: asJson(sides.base) }),
      ...(sides.ours === undefined ? {} : { ours: asJson(sides.ours) }),
      ...(sides.theirs === undefined ? {} : { theirs: asJson(sides.theirs) }),
      message,
    };
    // One conflict per record and property: a later finding about it (a repaired reference) replaces an earlier one.
    this.byKey.set(conflictKey(conflict), conflict);
  }

  /** Drops the conflicts recorded for one record (when it is kept as ours, whole, instead). */
  forget(record: ConflictRecord, id: string): void {
    for (const [key, conflict] of this.byKey) if (conflict.record === record && conflict.id === id) this.byKey.delete(key);
  }
}

/** Property by property: a side that left a property as it was takes the other side's change. */
function mergeProperties(kind: RecordKind, id: string, base: Item, ours: Item, theirs: Item, conflicts: Conflicts): Item {
  if (sameValue(asJson(theirs), asJson(base)) || sameValue(asJson(ours), asJson(theirs))) return ours;
  if (sameValue(asJson(ours), asJson(base))) return theirs;
  const name = kind.name?.(ours) ?? kind.name?.(theirs);
  const paths = new Set([...leavesOf(base).keys(), ...leavesOf(ours).keys(), ...leavesOf(theirs).keys()]);
  let merged: Item = ours;
  for (const path of [...paths].sort()) {
    const b = leafAt(base, path);
    const o = leafAt(ours, path);
    const t = leafAt(theirs, path);
    if (sameValue(o, t) || sameValue(t, b)) continue;
    if (sameValue(o, b)) {
      merged = withLeaf(merged, path, t);
      continue;
    }
    const combined = kind.combine?.(path, b, o, t);
    if (combined !== undefined) {
      merged = withLeaf(merged, path, combined);
      continue;
    }
    if (!kind.silent) conflicts.add(kind.record, id, name, 'both-changed', { base: b, ours: o, theirs: t }, path);
  }
  if (kind.schema === undefined || z.safeParse(kind.schema, merged).success) return merged;
  // Taken property by property, the record does not hold together (a required field of a
  // section one side removed): keep ours whole and say so.
  conflicts.forget(kind.record, id);
  if (!kind.silent) conflicts.add(kind.record, id, name, 'both-changed', { base, ours, theirs });
  return ours;
}

/** One record by its key on the three sides; undefined when it is not in the result. */
function mergeRecord(
  kind: RecordKind,
  id: string,
  base: Item | undefined,
  ours: Item | undefined,
  theirs: Item | undefined,
  conflicts: Conflicts,
): Item | undefined {
  if (ours === undefined && theirs === undefined) return undefined;
  if (base === undefined) {
    if (ours === undefined) return theirs;
    if (theirs === undefined) return ours;
    return mergeProperties(kind, id, {}, ours, theirs, conflicts);
  }
  if (ours === undefined) {
    if (sameValue(asJson(theirs), asJson(base))) return undefined;
    if (!kind.silent) conflicts.add(kind.record, id, kind.name?.(theirs!), 'deleted-by-ours', { base, theirs });
    return undefined;
  }
  if (theirs === undefined) {
    if (sameValue(asJson(ours), asJson(base))) return undefined;
    if (!kind.silent) conflicts.add(kind.record, id, kind.name?.(ours), 'deleted-by-theirs', { base, ours });
    return ours;
  }
  return mergeProperties(kind, id, base, ours, theirs, conflicts);
}

function keyed(kind: RecordKind, items: readonly unknown[]): Map<string, Item> {
  // A later record with the same key wins, as a later rule override does in a check.
  const map = new Map<string, Item>();
  for (const item of items) map.set(kind.key(item as Item), item as Item);
  return map;
}

/** A collection merged record by record; the result lists ours' records first, then theirs' new ones. */
function mergeCollection(kind: RecordKind, base: readonly unknown[], ours: readonly unknown[], theirs: readonly unknown[], conflicts: Conflicts): Item[] {
  const b = keyed(kind, base);
  const o = keyed(kind, ours);
  const t = keyed(kind, theirs);
  const merged: Item[] = [];
  for (const key of new Set([...o.keys(), ...t.keys(), ...b.keys()])) {
    const record = mergeRecord(kind, key, b.get(key), o.get(key), t.get(key), conflicts);
    if (record !== undefined) merged.push(record);
  }
  return merged;
}

/** Review histories: both sides' entries, once each, in time order. */
function combineHistory(path: string, base: JsonValue | undefined, ours: JsonValue | undefined, theirs: JsonValue | undefined): JsonValue | undefined {
  if (path !== 'history' || !Array.isArray(ours) || !Array.isArray(theirs)) return undefined;
  const seen = new Set<string>();
  const entries: JsonValue[] = [];
  for (const entry of [...(Array.isArray(base) ? base : []), ...ours, ...theirs]) {
    const text = JSON.stringify(entry);
    if (seen.has(text)) continue;
    seen.add(text);
    entries.push(entry);
  }
  const at = (entry: JsonValue) => String((entry as { at?: string }).at ?? '');
  return entries.sort((a, b) => (at(a) < at(b) ? -1 : at(a) > at(b) ? 1 : 0));
}

function kinds(names: ReadonlyMap<string, string>): Record<string, RecordKind> {
  const byId = (item: Item) => String(item.id);
  return {
    components: { record: 'component', key: byId, name: (c) => String(c.name), schema: Component },
    connections: {
      record: 'connection',
      key: byId,
      name: (c) => `${names.get(String(c.from)) ?? String(c.from)} → ${names.get(String(c.to)) ?? String(c.to)}`,
      schema: Connection,
    },
    zones: { record: 'zone', key: byId, name: (z) => String(z.name), schema: Zone },
    entryPoints: { record: 'entry-point', key: (e) => String(e.componentId), name: (e) => names.get(String(e.componentId)), schema: EntryPoint },
    findings: { record: 'finding-review', key: (r) => String(r.key), schema: FindingReview, combine: combineHistory },
    decisions: { record: 'decision', key: byId, name: (d) => String(d.title), schema: Decision },
    ruleOverrides: {
      record: 'rule-override',
      key: (o) => (o.tag === undefined ? String(o.ruleId) : `${String(o.ruleId)}#${String(o.tag)}`),
      schema: RuleOverride,
    },
  };
}

const settingsKind = (record: 'project' | 'workload'): RecordKind => ({ record, key: () => '' });
const positionKind: RecordKind = { record: 'component', key: () => '', silent: true };

function mergePositions(base: Record<string, unknown>, ours: Record<string, unknown>, theirs: Record<string, unknown>): Record<string, unknown> {
  const conflicts = new Conflicts();
  const merged: Record<string, unknown> = {};
  for (const id of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
    const position = mergeRecord(positionKind, id, base[id] as Item | undefined, ours[id] as Item | undefined, theirs[id] as Item | undefined, conflicts);
    if (position !== undefined) merged[id] = position;
  }
  return merged;
}

/** The project's own settings and the workload's figures, property by property. */
function mergeSettings(base: Project, ours: Project, theirs: Project, conflicts: Conflicts) {
  const own = (p: Project): Item => ({ id: p.id, name: p.name, description: p.description });
  const figures = ({ workload: { entryPoints: _entries, ...rest } }: Project): Item => rest;
  const project = mergeProperties(settingsKind('project'), '', own(base), own(ours), own(theirs), conflicts);
  const workload = mergeProperties(settingsKind('workload'), '', figures(base), figures(ours), figures(theirs), conflicts);
  return { project, workload };
}

/**
 * References the merged records must satisfy (connection ends, cached-by, zones, entry points).
 * Ours is kept: a record ours still uses that theirs deleted comes back; a reference their side
 * added to a record ours deleted is left out. Repeats until nothing changes, since a record that
 * comes back may use others.
 */
function repairReferences(
  merged: MergedRecords,
  ours: Project,
  theirs: Project,
  base: Project,
  conflicts: Conflicts,
  names: ReadonlyMap<string, string>,
): void {
  const ourComponents = new Map(ours.components.map((c) => [c.id as string, c as unknown as Item]));
  const ourZones = new Map(ours.zones.map((z) => [z.id as string, z as unknown as Item]));
  const ourConnections = new Map(ours.connections.map((c) => [c.id as string, c as unknown as Item]));
  const ourEntries = new Map(ours.workload.entryPoints.map((e) => [e.componentId as string, e as unknown as Item]));
  const baseComponents = new Map(base.components.map((c) => [c.id as string, c as unknown as Item]));
  const baseZones = new Map(base.zones.map((z) => [z.id as string, z as unknown as Item]));
  const theirConnections = new Map(theirs.connections.map((c) => [c.id as string, c as unknown as Item]));
  const label = (c: Item) => `${names.get(String(c.from)) ?? String(c.from)} → ${names.get(String(c.to)) ?? String(c.to)}`;
  for (let changed = true; changed;) {
    changed = false;
    const components = new Set(merged.components.map((c) => String(c.id)));
    const zones = new Set(merged.zones.map((z) => String(z.id)));
    const restoreComponent = (id: string): boolean => {
      const component = ourComponents.get(id);
      if (component === undefined || components.has(id)) return false;
      merged.components.push(component);
      components.add(id);
      conflicts.add('component', id, String(component.name), 'deleted-by-theirs', { base: baseComponents.get(id), ours: component });
      return true;
    };
    merged.connections = merged.connections.flatMap((connection) => {
      let kept: Item = connection;
      for (const end of ['from', 'to', 'cachedBy'] as const) {
        const target = kept[end];
        if (typeof target !== 'string' || components.has(target)) continue;
        if (restoreComponent(target)) {
          changed = true;
          continue;
        }
        changed = true;
        const id = String(kept.id);
        const ourVersion = ourConnections.get(id);
        if (ourVersion !== undefined) {
          conflicts.add('connection', id, label(kept), 'refers-to-deleted', { ours: ourVersion[end], theirs: target }, end);
          kept = withLeaf(kept, end, asJson(ourVersion[end]));
        } else if (end === 'cachedBy') {
          conflicts.add('connection', id, label(kept), 'refers-to-deleted', { theirs: target }, end);
          kept = withLeaf(kept, end, undefined);
        } else {
          conflicts.add('connection', id, label(kept), 'refers-to-deleted', { theirs: theirConnections.get(id) ?? kept });
          return [];
        }
      }
      return [kept];
    });
    merged.entryPoints = merged.entryPoints.filter((entry) => {
      const id = String(entry.componentId);
      if (components.has(id) || restoreComponent(id)) return true;
      changed = true;
      conflicts.add('entry-point', id, names.get(id), 'refers-to-deleted', { theirs: entry, ours: ourEntries.get(id) });
      return false;
    });
    merged.components = merged.components.map((component) => {
      const zoneIds = component.zoneIds;
      if (!Array.isArray(zoneIds) || zoneIds.every((z) => zones.has(String(z)))) return component;
      changed = true;
      let restored = false;
      for (const zoneId of zoneIds.map(String)) {
        const zone = ourZones.get(zoneId);
        if (zones.has(zoneId) || zone === undefined) continue;
        merged.zones.push(zone);
        zones.add(zoneId);
        conflicts.add('zone', zoneId, String(zone.name), 'deleted-by-theirs', { base: baseZones.get(zoneId), ours: zone });
        restored = true;
      }
      if (restored) return component;
      const id = String(component.id);
      const ourVersion = ourComponents.get(id);
      const kept =
        ourVersion !== undefined && Array.isArray(ourVersion.zoneIds) && ourVersion.zoneIds.every((z) => zones.has(String(z)))
          ? asJson(ourVersion.zoneIds)
          : (zoneIds.filter((z) => zones.has(String(z))) as JsonValue);
      conflicts.add('component', id, String(component.name), 'refers-to-deleted', { ours: asJson(ourVersion?.zoneIds), theirs: asJson(zoneIds) }, 'zoneIds');
      return withLeaf(component, 'zoneIds', Array.isArray(kept) && kept.length === 0 ? undefined : kept);
    });
  }
}

interface MergedRecords {
  components: Item[];
  connections: Item[];
  zones: Item[];
  entryPoints: Item[];
}

/** Both sides' component names (ours win), for the names in conflict messages. */
function componentNames(...projects: Project[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const project of projects) for (const c of project.components) names.set(c.id, c.name);
  return names;
}

function sortConflicts(conflicts: MergeConflict[]): MergeConflict[] {
  const order = (c: MergeConflict) => [c.record, c.id, c.path ?? ''] as const;
  return conflicts.sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return itemAt(x, i) < itemAt(y, i) ? -1 : 1;
    return 0;
  });
}

/**
 * Merges `theirs` into `ours` with `base` as the common ancestor. Deterministic: the same three
 * projects always give the same result.
 */
export function mergeProjects(base: Project, ours: Project, theirs: Project): MergeResult {
  const conflicts = new Conflicts();
  const names = componentNames(base, theirs, ours);
  const kind = kinds(names);
  const { project: own, workload: figures } = mergeSettings(base, ours, theirs, conflicts);
  const merged: MergedRecords = {
    components: mergeCollection(kind.components!, base.components, ours.components, theirs.components, conflicts),
    connections: mergeCollection(kind.connections!, base.connections, ours.connections, theirs.connections, conflicts),
    zones: mergeCollection(kind.zones!, base.zones, ours.zones, theirs.zones, conflicts),
    entryPoints: mergeCollection(kind.entryPoints!, base.workload.entryPoints, ours.workload.entryPoints, theirs.workload.entryPoints, conflicts),
  };
  repairReferences(merged, ours, theirs, base, conflicts, names);
  const componentIds = new Set(merged.components.map((c) => String(c.id)));
  const zoneIds = new Set(merged.zones.map((z) => String(z.id)));
  const positions = (pick: (p: Project) => Record<string, unknown>, keep: ReadonlySet<string>) =>
    Object.fromEntries(Object.entries(mergePositions(pick(base), pick(ours), pick(theirs))).filter(([id]) => keep.has(id)));
  const candidate = {
    ...own,
    schemaVersion: ours.schemaVersion,
    components: merged.components,
    connections: merged.connections,
    zones: merged.zones,
    workload: { ...figures, entryPoints: merged.entryPoints },
    review: {
      findings: mergeCollection(kind.findings!, base.review.findings, ours.review.findings, theirs.review.findings, conflicts),
      decisions: mergeCollection(kind.decisions!, base.review.decisions, ours.review.decisions, theirs.review.decisions, conflicts),
    },
    ruleOverrides: mergeCollection(kind.ruleOverrides!, base.ruleOverrides, ours.ruleOverrides, theirs.ruleOverrides, conflicts),
    layout: { components: positions((p) => p.layout.components, componentIds), zones: positions((p) => p.layout.zones, zoneIds) },
  };
  const all = sortConflicts(conflicts.list);
  // Conflicts left from earlier merges merge like records; this merge's replace any on the same property.
  const earlier = mergeCollection(
    { record: 'project', key: (c) => conflictKey(c as unknown as MergeConflict), silent: true },
    base.conflicts,
    ours.conflicts,
    theirs.conflicts,
    new Conflicts(),
  ) as unknown as MergeConflict[];
  const fresh = new Set(all.map(conflictKey));
  const result = Project.safeParse({ ...candidate, conflicts: [...earlier.filter((c) => !fresh.has(conflictKey(c))), ...all] });
  if (result.success) return { project: result.data, conflicts: all };
  // A safety net: the records each validated and every reference was repaired, so this is not
  // expected; should it happen, the file is ours whole, and says why.
  const problem = result.error.issues[0];
  const whole: MergeConflict = {
    record: 'project',
    id: '',
    reason: 'both-changed',
    message: `their changes could not be merged into a valid project (${problem ? `${problem.path.join('.')}: ${problem.message}` : 'unknown problem'}); the file is our side, unchanged.`,
  };
  return { project: { ...ours, conflicts: [...ours.conflicts, whole] }, conflicts: [whole] };
}
