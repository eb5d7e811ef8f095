import { z } from 'zod';
import { Project, ProjectGraph } from '../model/project';

/** The project's own settings, checked apart: validating a whole large project for a rename would take a while. */
const projectSettings = z.strictObject({ name: Project.shape.name, description: Project.shape.description });
import { Component } from '../model/component';
import { Connection } from '../model/connection';
import { Zone } from '../model/zone';
import { EntryPoint, Workload } from '../model/workload';
import { Decision, FindingReview, RuleOverride } from '../model/review';
import { conflictKey, type ConflictRecord, type MergeConflict } from '../model/conflict';
import { withLeaf, type JsonValue } from './propertyChanges';

/**
 * Setting one record, or one property of it, to the state another version of the project has:
 * what resolving a merge conflict ("take theirs"), restoring a change from an earlier revision
 * and cherry-picking a change from another file all do. Every result is checked: a record that
 * does not hold together, or a reference to something the project does not have, is refused
 * with a sentence saying why, and the project is left as it was.
 */

export type RecordEdit = { ok: true; project: Project } | { ok: false; message: string };

/** Where a record sits: a component, a connection, an entry point... or the project's own settings. */
export interface RecordRef {
  readonly record: ConflictRecord;
  /** Its id (entry point: the component's id; finding review: the key; rule override: "rule" or "rule#tag"). */
  readonly id: string;
}

type Item = Record<string, unknown>;

interface Collection {
  read(project: Project): readonly Item[];
  write(project: Project, items: Item[]): Project;
  key(item: Item): string;
  schema: z.core.$ZodType;
}

const byId = (item: Item) => String(item.id);

const collections: Readonly<Partial<Record<ConflictRecord, Collection>>> = {
  component: {
    read: (p) => p.components,
    write: (p, items) => ({ ...p, components: items as unknown as Project['components'] }),
    key: byId,
    schema: Component,
  },
  connection: {
    read: (p) => p.connections,
    write: (p, items) => ({ ...p, connections: items as unknown as Project['connections'] }),
    key: byId,
    schema: Connection,
  },
  zone: { read: (p) => p.zones, write: (p, items) => ({ ...p, zones: items as unknown as Project['zones'] }), key: byId, schema: Zone },
  'entry-point': {
    read: (p) => p.workload.entryPoints,
    write: (p, items) => ({ ...p, workload: { ...p.workload, entryPoints: items as unknown as Project['workload']['entryPoints'] } }),
    key: (e) => String(e.componentId),
    schema: EntryPoint,
  },
  'finding-review': {
    read: (p) => p.review.findings,
    write: (p, items) => ({ ...p, review: { ...p.review, findings: items as unknown as Project['review']['findings'] } }),
    key: (r) => String(r.key),
    schema: FindingReview,
  },
  decision: {
    read: (p) => p.review.decisions,
    write: (p, items) => ({ ...p, review: { ...p.review, decisions: items as unknown as Project['review']['decisions'] } }),
    key: byId,
    schema: Decision,
  },
  'rule-override': {
    read: (p) => p.ruleOverrides,
    write: (p, items) => ({ ...p, ruleOverrides: items as unknown as Project['ruleOverrides'] }),
    key: (o) => (o.tag === undefined ? String(o.ruleId) : `${String(o.ruleId)}#${String(o.tag)}`),
    schema: RuleOverride,
  },
};

/** Removes a component with everything that refers to it, as deleting it in the editor does. */
function withoutComponent(project: Project, id: string): Project {
  const layout = { ...project.layout.components };
  delete layout[id];
  return {
    ...project,
    components: project.components.filter((c) => c.id !== id),
    connections: project.connections.filter((c) => c.from !== id && c.to !== id).map((c) => (c.cachedBy === id ? withLeaf(c, 'cachedBy', undefined) : c)),
    workload: { ...project.workload, entryPoints: project.workload.entryPoints.filter((e) => e.componentId !== id) },
    layout: { ...project.layout, components: layout },
  };
}

function withoutZone(project: Project, id: string): Project {
  const zones = { ...project.layout.zones };
  delete zones[id];
  return {
    ...project,
    zones: project.zones.filter((z) => z.id !== id),
    components: project.components.map((c) => {
      if (!c.zoneIds?.includes(id as never)) return c;
      const rest = c.zoneIds.filter((z) => z !== id);
      return rest.length === 0 ? withLeaf(c, 'zoneIds', undefined) : { ...c, zoneIds: rest };
    }),
    layout: { ...project.layout, zones },
  };
}

/** The first problem of a zod error as a sentence, naming the field. */
function firstProblem(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'the result is not valid';
  return issue.path.length === 0 ? issue.message : `${issue.path.join('.')}: ${issue.message}`;
}

/** The project, if its records still refer only to what it has. */
function checkedGraph(project: Project, what: string): RecordEdit {
  const graph = ProjectGraph.safeParse(project);
  return graph.success
    ? { ok: true, project }
    : { ok: false, message: `${what} would leave the project invalid (${firstProblem(graph.error)}); bring back what it refers to first.` };
}

/**
 * The project with the record set to `value`, added when missing, or removed (with everything
 * that refers to it) when `value` is undefined. `position` places a component added back.
 */
export function putRecord(project: Project, ref: RecordRef, value: JsonValue | undefined, position?: { x: number; y: number }): RecordEdit {
  const collection = collections[ref.record];
  if (collection === undefined) return { ok: false, message: `${ref.record} settings are set property by property.` };
  const what = `Setting ${ref.record} ${ref.id}`;
  if (value === undefined) {
    if (ref.record === 'component') return checkedGraph(withoutComponent(project, ref.id), what);
    if (ref.record === 'zone') return checkedGraph(withoutZone(project, ref.id), what);
    return checkedGraph(
      collection.write(
        project,
        collection.read(project).filter((item) => collection.key(item) !== ref.id),
      ),
      what,
    );
  }
  const parsed = z.safeParse(collection.schema, value);
  if (!parsed.success) return { ok: false, message: `${what}: the record is not valid (${firstProblem(parsed.error)}).` };
  const record = parsed.data as Item;
  if (collection.key(record) !== ref.id) return { ok: false, message: `${what}: the record has another id.` };
  const items = collection.read(project);
  const at = items.findIndex((item) => collection.key(item) === ref.id);
  let next = collection.write(project, at < 0 ? [...items, record] : items.map((item, i) => (i === at ? record : item)));
  if (ref.record === 'component' && position && !next.layout.components[ref.id]) {
    next = { ...next, layout: { ...next.layout, components: { ...next.layout.components, [ref.id]: position } } };
  }
  return checkedGraph(next, what);
}

/** The project with one property of a record (or of the project's settings, or the workload) set or unset. */
export function putProperty(project: Project, ref: RecordRef, path: string, value: JsonValue | undefined): RecordEdit {
  const what = `Setting ${path}`;
  if (ref.record === 'project') {
    if (path !== 'name' && path !== 'description') return { ok: false, message: `${what}: the project has no setting ${path}.` };
    const check = projectSettings.safeParse(withLeaf({ name: project.name, description: project.description }, path, value));
    return check.success ? { ok: true, project: { ...project, ...check.data } } : { ok: false, message: `${what}: ${firstProblem(check.error)}.` };
  }
  if (ref.record === 'workload') {
    const workload = withLeaf(project.workload, path, value);
    const check = Workload.safeParse(workload);
    return check.success ? { ok: true, project: { ...project, workload } } : { ok: false, message: `${what}: ${firstProblem(check.error)}.` };
  }
  const collection = collections[ref.record];
  if (collection === undefined) return { ok: false, message: `${what}: a ${ref.record} has no properties to set.` };
  const item = collection.read(project).find((candidate) => collection.key(candidate) === ref.id);
  if (item === undefined) return { ok: false, message: `The ${ref.record} ${ref.id} is no longer in the project, so its ${path} cannot be set.` };
  return putRecord(project, ref, withLeaf(item, path, value) as unknown as JsonValue);
}

/** The project without the conflict (kept as it is: "keep ours"). */
export function dismissConflict(project: Project, conflict: MergeConflict): Project {
  const key = conflictKey(conflict);
  return { ...project, conflicts: project.conflicts.filter((c) => conflictKey(c) !== key) };
}

/**
 * Resolves a merge conflict: "ours" keeps the project as it is, "theirs" sets the record or the
 * property to their side's value (a record their side deleted is deleted). Either way the
 * conflict leaves the list; a "theirs" that would make the project invalid is refused.
 */
export function resolveConflict(project: Project, conflict: MergeConflict, choice: 'ours' | 'theirs'): RecordEdit {
  if (choice === 'ours') return { ok: true, project: dismissConflict(project, conflict) };
  const ref = { record: conflict.record, id: conflict.id };
  const edit = conflict.path === undefined ? putRecord(project, ref, conflict.theirs) : putProperty(project, ref, conflict.path, conflict.theirs);
  return edit.ok ? { ok: true, project: dismissConflict(edit.project, conflict) } : edit;
}
