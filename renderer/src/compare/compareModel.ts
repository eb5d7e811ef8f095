import type { Project } from '../../../shared/model/project';
import type { ArchitectureDiff } from '../../../shared/changes/projectDiff';
import type { JsonValue, PropertyChange } from '../../../shared/changes/propertyChanges';
import { changeText, namesOf } from '../../../shared/changes/changeText';
import { putProperty, putRecord, type RecordEdit, type RecordRef } from '../../../shared/changes/recordEdits';

/**
 * The comparison as the app shows it: which components each side's diagram marks, and each
 * change as a line with the edit that takes it into the open project. Restoring (the newer side
 * is the open project) sets the older side's state; cherry-picking (the newer side is another
 * revision or a file) sets the newer side's.
 */

export type ChangeMark = 'added' | 'removed' | 'changed';
export type TakeDirection = 'restore' | 'cherry-pick';

/** What taking one change does to the open project. */
export interface ChangeAction {
  readonly ref: RecordRef;
  /** A property; absent when the whole record is set (or removed). */
  readonly path?: string;
  /** The state to set; undefined removes the record or unsets the property. */
  readonly value: JsonValue | undefined;
  /** Where a component brought back goes on the canvas. */
  readonly position?: { readonly x: number; readonly y: number };
}

export type ChangeSection = 'components' | 'connections' | 'zones' | 'workload' | 'project';

export interface ChangeItem {
  /** Unique among the items (for React and tests). */
  readonly key: string;
  readonly section: ChangeSection;
  readonly mark: ChangeMark;
  /** What changed: "payments (external-api)", "web → db", "entry point users". */
  readonly title: string;
  /** How: "added", "removed", "deployment.instances 1 → 3". */
  readonly detail: string;
  /** Components to show on the canvas for it. */
  readonly componentIds: readonly string[];
  readonly action: ChangeAction;
}

/** Each component a side's diagram marks: the older side shows removed and changed, the newer added and changed. */
export function componentMarks(diff: ArchitectureDiff, side: 'before' | 'after'): Map<string, ChangeMark> {
  const marks = new Map<string, ChangeMark>();
  for (const c of side === 'before' ? diff.components.removed : diff.components.added) marks.set(c.id, side === 'before' ? 'removed' : 'added');
  for (const c of diff.components.changed) marks.set(c.id, 'changed');
  return marks;
}

/** Each connection a side's diagram marks, as componentMarks does for components. */
export function connectionMarks(diff: ArchitectureDiff, side: 'before' | 'after'): Map<string, ChangeMark> {
  const marks = new Map<string, ChangeMark>();
  for (const c of side === 'before' ? diff.connections.removed : diff.connections.added) marks.set(c.id, side === 'before' ? 'removed' : 'added');
  for (const c of diff.connections.changed) marks.set(c.id, 'changed');
  return marks;
}

type Item = { readonly id: string };

function recordOf<T extends Item>(items: readonly T[], id: string): JsonValue | undefined {
  return items.find((item) => item.id === id);
}

/**
 * Every change of the comparison as a line with its action, in the order `tenfold diff` lists
 * them: components, connections, zones, then the workload and the project's own settings.
 */
export function changeItems(diff: ArchitectureDiff, before: Project, after: Project, direction: TakeDirection): ChangeItem[] {
  const names = namesOf({ before, after });
  const source = direction === 'restore' ? before : after;
  /** The state to set for a record that only `present` has: it, when it is the source side; else none. */
  const wholeRecord = (present: 'before' | 'after', items: (p: Project) => readonly Item[], id: string) =>
    (present === 'before') === (direction === 'restore') ? recordOf(items(source), id) : undefined;
  const property = (change: PropertyChange) => (direction === 'restore' ? change.before : change.after);
  const items: ChangeItem[] = [];
  const push = (item: ChangeItem) => items.push(item);
  const position = (id: string) => source.layout.components[id];

  for (const c of diff.components.added) {
    push({
      key: `component+${c.id}`,
      section: 'components',
      mark: 'added',
      title: `${c.name} (${c.kind})`,
      detail: 'added',
      componentIds: [c.id],
      action: { ref: { record: 'component', id: c.id }, value: wholeRecord('after', (p) => p.components, c.id), position: position(c.id) },
    });
  }
  for (const c of diff.components.removed) {
    const connections =
      c.connectionIds.length === 0 ? '' : `, with its ${c.connectionIds.length === 1 ? 'connection' : `${c.connectionIds.length} connections`}`;
    push({
      key: `component-${c.id}`,
      section: 'components',
      mark: 'removed',
      title: `${c.name} (${c.kind})`,
      detail: `removed${connections}`,
      componentIds: [c.id],
      action: { ref: { record: 'component', id: c.id }, value: wholeRecord('before', (p) => p.components, c.id), position: position(c.id) },
    });
  }
  for (const c of diff.components.changed) {
    const ref: RecordRef = { record: 'component', id: c.id };
    if (c.renamedFrom !== undefined) {
      push({
        key: `component~${c.id}~name`,
        section: 'components',
        mark: 'changed',
        title: c.name,
        detail: `renamed from ${c.renamedFrom}`,
        componentIds: [c.id],
        action: { ref, path: 'name', value: direction === 'restore' ? c.renamedFrom : c.name },
      });
    }
    for (const change of c.changes) {
      push({
        key: `component~${c.id}~${change.path}`,
        section: 'components',
        mark: 'changed',
        title: c.name,
        detail: changeText(change, names),
        componentIds: [c.id],
        action: { ref, path: change.path, value: property(change) },
      });
    }
  }
  for (const [list, mark] of [
    [diff.connections.added, 'added'],
    [diff.connections.removed, 'removed'],
  ] as const) {
    for (const c of list) {
      push({
        key: `connection${mark === 'added' ? '+' : '-'}${c.id}`,
        section: 'connections',
        mark,
        title: c.label,
        detail: `${mark} (${c.kind})`,
        componentIds: [c.from, c.to],
        action: { ref: { record: 'connection', id: c.id }, value: wholeRecord(mark === 'added' ? 'after' : 'before', (p) => p.connections, c.id) },
      });
    }
  }
  for (const c of diff.connections.changed) {
    for (const change of c.changes) {
      push({
        key: `connection~${c.id}~${change.path}`,
        section: 'connections',
        mark: 'changed',
        title: c.label,
        detail: changeText(change, names),
        componentIds: [c.from, c.to],
        action: { ref: { record: 'connection', id: c.id }, path: change.path, value: property(change) },
      });
    }
  }
  for (const [list, mark] of [
    [diff.zones.added, 'added'],
    [diff.zones.removed, 'removed'],
  ] as const) {
    for (const z of list) {
      push({
        key: `zone${mark === 'added' ? '+' : '-'}${z.id}`,
        section: 'zones',
        mark,
        title: `zone ${z.name}`,
        detail: mark,
        componentIds: [],
        action: { ref: { record: 'zone', id: z.id }, value: wholeRecord(mark === 'added' ? 'after' : 'before', (p) => p.zones, z.id) },
      });
    }
  }
  for (const z of diff.zones.changed) {
    const ref: RecordRef = { record: 'zone', id: z.id };
    if (z.renamedFrom !== undefined)
      push({
        key: `zone~${z.id}~name`,
        section: 'zones',
        mark: 'changed',
        title: `zone ${z.name}`,
        detail: `renamed from ${z.renamedFrom}`,
        componentIds: [],
        action: { ref, path: 'name', value: direction === 'restore' ? z.renamedFrom : z.name },
      });
    for (const change of z.changes)
      push({
        key: `zone~${z.id}~${change.path}`,
        section: 'zones',
        mark: 'changed',
        title: `zone ${z.name}`,
        detail: changeText(change, names),
        componentIds: [],
        action: { ref, path: change.path, value: property(change) },
      });
  }
  for (const change of diff.workload.changes) {
    push({
      key: `workload~${change.path}`,
      section: 'workload',
      mark: 'changed',
      title: 'workload',
      detail: changeText(change, names),
      componentIds: [],
      action: { ref: { record: 'workload', id: '' }, path: change.path, value: property(change) },
    });
  }
  for (const e of diff.workload.entryPoints) {
    const rate = (n: number | undefined) => (n === undefined ? 'not an entry point' : `${n}/s`);
    const mark: ChangeMark = e.before === undefined ? 'added' : e.after === undefined ? 'removed' : 'changed';
    const value = direction === 'restore' ? e.before : e.after;
    push({
      key: `entry~${e.componentId}`,
      section: 'workload',
      mark,
      title: `entry point ${e.name}`,
      detail: `${rate(e.before)} → ${rate(e.after)}`,
      componentIds: [e.componentId],
      action: { ref: { record: 'entry-point', id: e.componentId }, value: value === undefined ? undefined : { componentId: e.componentId, peakRps: value } },
    });
  }
  for (const change of diff.project) {
    push({
      key: `project~${change.path}`,
      section: 'project',
      mark: 'changed',
      title: 'project',
      detail: changeText(change, names),
      componentIds: [],
      action: { ref: { record: 'project', id: '' }, path: change.path, value: property(change) },
    });
  }
  return items;
}

/** The open project with one change taken, or why it cannot be. */
export function takeChange(project: Project, action: ChangeAction): RecordEdit {
  if (action.path !== undefined) return putProperty(project, action.ref, action.path, action.value);
  return putRecord(project, action.ref, action.value, action.position);
}
