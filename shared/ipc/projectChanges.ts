import { z } from 'zod';
import { Component } from '../model/component';
import { Connection } from '../model/connection';
import { Project, ProjectGraph, projectLimits } from '../model/project';
import { zodProblems } from '../model/problems';
import type { Problem } from './errors';

/**
 * A project sent as changes to the project of an earlier check (check:changes `since`). At 1,000
 * components the whole project is ~0.8 MB of JSON; writing, sending, parsing and validating it
 * on every keystroke cost more than the check. An edit touches one or two components, so each
 * component or connection the host already has (the same object as in the earlier project) is
 * sent as its index there, and the other top-level fields only when they changed.
 *
 * Validation stays at the host: every entry sent is validated in full, the kept ones were
 * validated with the earlier project, and the assembled project passes the graph checks.
 */
const Kept = z.number().int().min(0);
const shape = Project.shape;

export const ProjectChanges = z.strictObject({
  schemaVersion: shape.schemaVersion,
  id: shape.id,
  name: shape.name,
  description: shape.description,
  components: z.array(z.union([Component, Kept])).max(projectLimits.components),
  connections: z.array(z.union([Connection, Kept])).max(projectLimits.connections),
  // Absent: the same as in the earlier project (each always has a value once parsed). Without
  // their defaults, which would otherwise fill in an absent field.
  zones: z.optional(shape.zones.def.innerType),
  workload: z.optional(shape.workload.def.innerType),
  review: z.optional(shape.review.def.innerType),
  ruleOverrides: z.optional(shape.ruleOverrides.def.innerType),
  layout: z.optional(shape.layout.def.innerType),
  conflicts: z.optional(shape.conflicts.def.innerType),
});
export type ProjectChanges = z.infer<typeof ProjectChanges>;
export type ProjectChangesInput = z.input<typeof ProjectChanges>;

/** Each entry, or the index of the very same object in `before` (same id). */
function keptByIdentity<T extends { id: string }>(now: readonly T[], before: readonly T[]): (T | number)[] {
  const indexById = new Map<string, number>();
  before.forEach((entry, index) => indexById.set(entry.id, index));
  return now.map((entry) => {
    const index = indexById.get(entry.id);
    return index !== undefined && before[index] === entry ? index : entry;
  });
}

/**
 * The changes from `before` to `now`, for a caller whose edits replace what they change (as the
 * editor's do): an unchanged component is the same object in both. Anything else is sent whole,
 * so the changes always rebuild `now` exactly.
 */
export function projectChanges(now: Project, before: Project): ProjectChangesInput {
  const same = <K extends 'zones' | 'workload' | 'review' | 'ruleOverrides' | 'layout' | 'conflicts'>(key: K): Partial<Pick<Project, K>> =>
    now[key] === before[key] ? {} : ({ [key]: now[key] } as Pick<Project, K>);
  return {
    schemaVersion: now.schemaVersion,
    id: now.id,
    name: now.name,
    ...(now.description !== undefined ? { description: now.description } : {}),
    components: keptByIdentity(now.components, before.components),
    connections: keptByIdentity(now.connections, before.connections),
    ...same('zones'),
    ...same('workload'),
    ...same('review'),
    ...same('ruleOverrides'),
    ...same('layout'),
    ...same('conflicts'),
  };
}

/** Undoes keptByIdentity; null when an index is past the end of `before`. */
function restore<T>(entries: readonly (T | number)[], before: readonly T[]): T[] | null {
  const restored: T[] = [];
  for (const entry of entries) {
    const kept = typeof entry === 'number' ? before[entry] : entry;
    if (kept === undefined) return null;
    restored.push(kept);
  }
  return restored;
}

export type AppliedChanges = { ok: true; project: Project } | { ok: false; problems: Problem[] };

/**
 * The project that validated changes stand for, on top of the validated project `before`, with
 * the graph checks a whole project passes (ids unique, every reference resolves).
 */
export function applyProjectChanges(changes: ProjectChanges, before: Project): AppliedChanges {
  const components = restore(changes.components, before.components);
  const connections = restore(changes.connections, before.connections);
  if (!components || !connections)
    return { ok: false, problems: [{ path: components ? 'connections' : 'components', message: 'refers to an entry the earlier project does not have' }] };
  const project: Project = {
    schemaVersion: changes.schemaVersion,
    id: changes.id,
    name: changes.name,
    ...(changes.description !== undefined ? { description: changes.description } : {}),
    components,
    connections,
    zones: changes.zones ?? before.zones,
    workload: changes.workload ?? before.workload,
    review: changes.review ?? before.review,
    ruleOverrides: changes.ruleOverrides ?? before.ruleOverrides,
    layout: changes.layout ?? before.layout,
    conflicts: changes.conflicts ?? before.conflicts,
  };
  const graph = ProjectGraph.safeParse(project);
  return graph.success ? { ok: true, project } : { ok: false, problems: zodProblems(graph.error) };
}
