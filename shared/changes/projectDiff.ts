import { z } from 'zod';
import type { Project } from '../model/project';
import { FindingStatus } from '../model/review';
import { PropertyChange, propertyChanges, sameValue, type JsonValue } from './propertyChanges';

/**
 * What changed between two versions of a project, in architecture terms and by id: a component
 * whose name changed is the same component renamed, not one removed and another added. Pure and
 * deterministic (lists sorted by name, then id), so the CLI, the app and tests agree.
 */

export const ComponentRef = z.strictObject({ id: z.string(), name: z.string(), kind: z.string() });
export type ComponentRef = z.infer<typeof ComponentRef>;

export const RemovedComponent = ComponentRef.extend({
  /** Connections to or from it that were removed with it (also listed under connections). */
  connectionIds: z.array(z.string()),
});
export type RemovedComponent = z.infer<typeof RemovedComponent>;

export const ChangedRecord = z.strictObject({
  id: z.string(),
  name: z.string(),
  /** The name before, when it was renamed. */
  renamedFrom: z.string().optional(),
  /** Every other property that changed, by path (the name is reported as renamedFrom). */
  changes: z.array(PropertyChange),
});
export type ChangedRecord = z.infer<typeof ChangedRecord>;

export const ConnectionRef = z.strictObject({
  id: z.string(),
  from: z.string(),
  to: z.string(),
  kind: z.string(),
  /** "checkout → payments", by the names on its side of the diff. */
  label: z.string(),
});
export type ConnectionRef = z.infer<typeof ConnectionRef>;

export const ChangedConnection = ConnectionRef.extend({ changes: z.array(PropertyChange) });
export type ChangedConnection = z.infer<typeof ChangedConnection>;

export const ZoneRef = z.strictObject({ id: z.string(), name: z.string() });

export const EntryPointChange = z.strictObject({
  componentId: z.string(),
  name: z.string(),
  /** Peak requests per second; absent when it was not (or is no longer) an entry point. */
  before: z.number().optional(),
  after: z.number().optional(),
});
export type EntryPointChange = z.infer<typeof EntryPointChange>;

export const ReviewStatusChange = z.strictObject({
  key: z.string(),
  before: z.optional(FindingStatus),
  after: z.optional(FindingStatus),
  /** The rationale on the new side, when it has one. */
  rationale: z.string().optional(),
});
export type ReviewStatusChange = z.infer<typeof ReviewStatusChange>;

export const DecisionRef = z.strictObject({ id: z.string(), title: z.string() });

export const ArchitectureDiff = z.strictObject({
  /** The project's own name and description. */
  project: z.array(PropertyChange),
  components: z.strictObject({
    added: z.array(ComponentRef),
    removed: z.array(RemovedComponent),
    changed: z.array(ChangedRecord.extend({ kind: z.string() })),
  }),
  connections: z.strictObject({ added: z.array(ConnectionRef), removed: z.array(ConnectionRef), changed: z.array(ChangedConnection) }),
  zones: z.strictObject({ added: z.array(ZoneRef), removed: z.array(ZoneRef), changed: z.array(ChangedRecord) }),
  workload: z.strictObject({ changes: z.array(PropertyChange), entryPoints: z.array(EntryPointChange) }),
  /** Severity overrides by rule (path "rule" or "rule#tag"): before → after severity or "off". */
  ruleOverrides: z.array(PropertyChange),
  review: z.strictObject({
    statuses: z.array(ReviewStatusChange),
    decisions: z.strictObject({ added: z.array(DecisionRef), removed: z.array(DecisionRef), changed: z.array(DecisionRef) }),
  }),
  /** Positions on the canvas moved (not an architecture change, so only flagged). */
  layoutChanged: z.boolean(),
});
export type ArchitectureDiff = z.infer<typeof ArchitectureDiff>;

type WithId = { readonly id: string };

function byId<T extends WithId>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) map.set(item.id, item);
  return map;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byNameThenId<T extends { readonly id: string; readonly name: string }>(a: T, b: T): number {
  return compareText(a.name, b.name) || compareText(a.id, b.id);
}

function byLabelThenId<T extends { readonly id: string; readonly label: string }>(a: T, b: T): number {
  return compareText(a.label, b.label) || compareText(a.id, b.id);
}

interface Matched<T> {
  readonly added: T[];
  readonly removed: T[];
  readonly both: [T, T][];
}

/** Records of two versions matched by id. */
function matchById<T extends WithId>(before: readonly T[], after: readonly T[]): Matched<T> {
  const old = byId(before);
  const added: T[] = [];
  const both: [T, T][] = [];
  const seen = new Set<string>();
  for (const item of after) {
    const previous = old.get(item.id);
    if (previous === undefined) added.push(item);
    else {
      both.push([previous, item]);
      seen.add(item.id);
    }
  }
  const removed = before.filter((item) => !seen.has(item.id));
  return { added, removed, both };
}

const skipIdAndName: ReadonlySet<string> = new Set(['id', 'name']);
const skipId: ReadonlySet<string> = new Set(['id']);

function namesOf(project: Project): Map<string, string> {
  return new Map(project.components.map((c) => [c.id as string, c.name]));
}

function connectionRef(connection: Project['connections'][number], names: ReadonlyMap<string, string>): ConnectionRef {
  const name = (id: string) => names.get(id) ?? id;
  return { id: connection.id, from: connection.from, to: connection.to, kind: connection.kind, label: `${name(connection.from)} → ${name(connection.to)}` };
}

function componentChanges(before: Project, after: Project): ArchitectureDiff['components'] {
  const { added, removed, both } = matchById(before.components, after.components);
  const removedIds = new Set<string>(removed.map((c) => c.id));
  const connectionsOf = new Map<string, string[]>();
  const afterConnections = new Set(after.connections.map((c) => c.id as string));
  for (const connection of before.connections) {
    if (afterConnections.has(connection.id)) continue;
    for (const end of new Set([connection.from, connection.to])) {
      if (!removedIds.has(end)) continue;
      const list = connectionsOf.get(end);
      if (list) list.push(connection.id);
      else connectionsOf.set(end, [connection.id]);
    }
  }
  const changed: ArchitectureDiff['components']['changed'] = [];
  for (const [old, now] of both) {
    const changes = propertyChanges(old, now, skipIdAndName);
    if (changes.length === 0 && old.name === now.name) continue;
    changed.push({ id: now.id, name: now.name, kind: now.kind, ...(old.name === now.name ? {} : { renamedFrom: old.name }), changes });
  }
  return {
    added: added.map((c) => ({ id: c.id, name: c.name, kind: c.kind })).sort(byNameThenId),
    removed: removed
      .map((c) => ({ id: c.id, name: c.name, kind: c.kind, connectionIds: (connectionsOf.get(c.id) ?? []).sort(compareText) }))
      .sort(byNameThenId),
    changed: changed.sort(byNameThenId),
  };
}

function connectionChanges(before: Project, after: Project): ArchitectureDiff['connections'] {
  const oldNames = namesOf(before);
  const newNames = namesOf(after);
  const { added, removed, both } = matchById(before.connections, after.connections);
  const changed: ChangedConnection[] = [];
  for (const [old, now] of both) {
    const changes = propertyChanges(old, now, skipId);
    if (changes.length > 0) changed.push({ ...connectionRef(now, newNames), changes });
  }
  return {
    added: added.map((c) => connectionRef(c, newNames)).sort(byLabelThenId),
    removed: removed.map((c) => connectionRef(c, oldNames)).sort(byLabelThenId),
    changed: changed.sort(byLabelThenId),
  };
}

function zoneChanges(before: Project, after: Project): ArchitectureDiff['zones'] {
  const { added, removed, both } = matchById(before.zones, after.zones);
  const changed: ChangedRecord[] = [];
  for (const [old, now] of both) {
    const changes = propertyChanges(old, now, skipIdAndName);
    if (changes.length === 0 && old.name === now.name) continue;
    changed.push({ id: now.id, name: now.name, ...(old.name === now.name ? {} : { renamedFrom: old.name }), changes });
  }
  const ref = (z: { id: string; name: string }) => ({ id: z.id, name: z.name });
  return { added: added.map(ref).sort(byNameThenId), removed: removed.map(ref).sort(byNameThenId), changed: changed.sort(byNameThenId) };
}

function workloadChanges(before: Project, after: Project): ArchitectureDiff['workload'] {
  const { entryPoints: oldEntries, ...oldFigures } = before.workload;
  const { entryPoints: newEntries, ...newFigures } = after.workload;
  const oldRates = new Map(oldEntries.map((e) => [e.componentId as string, e.peakRps]));
  const newRates = new Map(newEntries.map((e) => [e.componentId as string, e.peakRps]));
  const oldNames = namesOf(before);
  const newNames = namesOf(after);
  const entryPoints: EntryPointChange[] = [];
  for (const id of new Set([...oldRates.keys(), ...newRates.keys()])) {
    const was = oldRates.get(id);
    const is = newRates.get(id);
    if (was === is) continue;
    entryPoints.push({
      componentId: id,
      name: newNames.get(id) ?? oldNames.get(id) ?? id,
      ...(was === undefined ? {} : { before: was }),
      ...(is === undefined ? {} : { after: is }),
    });
  }
  return {
    changes: propertyChanges(oldFigures, newFigures),
    entryPoints: entryPoints.sort((a, b) => compareText(a.name, b.name) || compareText(a.componentId, b.componentId)),
  };
}

function overrideKey(override: Project['ruleOverrides'][number]): string {
  return override.tag === undefined ? override.ruleId : `${override.ruleId}#${override.tag}`;
}

function ruleOverrideChanges(before: Project, after: Project): PropertyChange[] {
  // Later overrides of the same rule and tag win (engine/check.ts), so the last one is the setting.
  const settings = (project: Project) => {
    const map: Record<string, JsonValue> = {};
    for (const override of project.ruleOverrides) map[overrideKey(override)] = override.severity;
    return map;
  };
  const old = settings(before);
  const now = settings(after);
  const changes: PropertyChange[] = [];
  for (const key of [...new Set([...Object.keys(old), ...Object.keys(now)])].sort(compareText)) {
    if (old[key] === now[key]) continue;
    changes.push({ path: key, ...(old[key] === undefined ? {} : { before: old[key] }), ...(now[key] === undefined ? {} : { after: now[key] }) });
  }
  return changes;
}

function reviewChanges(before: Project, after: Project): ArchitectureDiff['review'] {
  const oldReviews = new Map(before.review.findings.map((r) => [r.key, r]));
  const statuses: ReviewStatusChange[] = [];
  const seen = new Set<string>();
  for (const review of after.review.findings) {
    seen.add(review.key);
    const old = oldReviews.get(review.key);
    if (old?.status === review.status && old.rationale === review.rationale) continue;
    statuses.push({
      key: review.key,
      ...(old ? { before: old.status } : {}),
      after: review.status,
      ...(review.rationale ? { rationale: review.rationale } : {}),
    });
  }
  for (const review of before.review.findings) if (!seen.has(review.key)) statuses.push({ key: review.key, before: review.status });
  const { added, removed, both } = matchById(before.review.decisions, after.review.decisions);
  const ref = (d: { id: string; title: string }) => ({ id: d.id, title: d.title });
  const byTitle = (a: { id: string; title: string }, b: { id: string; title: string }) => compareText(a.title, b.title) || compareText(a.id, b.id);
  return {
    statuses: statuses.sort((a, b) => compareText(a.key, b.key)),
    decisions: {
      added: added.map(ref).sort(byTitle),
      removed: removed.map(ref).sort(byTitle),
      changed: both
        .filter(([old, now]) => !sameValue(old as unknown as JsonValue, now as unknown as JsonValue))
        .map(([, now]) => ref(now))
        .sort(byTitle),
    },
  };
}

/** What changed from `before` to `after`, matched by id. */
export function diffProjects(before: Project, after: Project): ArchitectureDiff {
  return {
    project: propertyChanges({ name: before.name, description: before.description }, { name: after.name, description: after.description }),
    components: componentChanges(before, after),
    connections: connectionChanges(before, after),
    zones: zoneChanges(before, after),
    workload: workloadChanges(before, after),
    ruleOverrides: ruleOverrideChanges(before, after),
    review: reviewChanges(before, after),
    layoutChanged: !sameValue(before.layout, after.layout),
  };
}

/** Components the diff touches, by id: added, removed, or changed (renamed or any property). */
export function touchedComponents(diff: ArchitectureDiff): { added: Set<string>; removed: Set<string>; changed: Set<string> } {
  const added = new Set(diff.components.added.map((c) => c.id));
  const removed = new Set(diff.components.removed.map((c) => c.id));
  const changed = new Set(diff.components.changed.map((c) => c.id));
  return { added, removed, changed };
}

/** True when nothing but positions on the canvas changed (or nothing at all). */
export function isArchitectureUnchanged(diff: ArchitectureDiff): boolean {
  const { components: c, connections: k, zones: z, review: r } = diff;
  return (
    diff.project.length === 0 &&
    c.added.length + c.removed.length + c.changed.length === 0 &&
    k.added.length + k.removed.length + k.changed.length === 0 &&
    z.added.length + z.removed.length + z.changed.length === 0 &&
    diff.workload.changes.length + diff.workload.entryPoints.length === 0 &&
    diff.ruleOverrides.length === 0 &&
    r.statuses.length + r.decisions.added.length + r.decisions.removed.length + r.decisions.changed.length === 0
  );
}
