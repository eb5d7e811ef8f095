import { z } from 'zod/mini';
import { ProjectId } from './ids';
import { Component } from './component';
import { Connection } from './connection';
import { Zone } from './zone';
import { Workload } from './workload';
import { Review, RuleOverride } from './review';
import { Layout } from './layout';
import { MergeConflict } from './conflict';

/** The version of the project file this build writes. Older files migrate on load. */
export const CURRENT_SCHEMA_VERSION = 4;

/** The most components and connections a project may have. */
export const projectLimits = { components: 100_000, connections: 300_000 } as const;

const ProjectShape = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: ProjectId,
  name: z.string().check(z.trim(), z.minLength(1, 'a project needs a name'), z.maxLength(200)),
  description: z.optional(z.string().check(z.maxLength(10_000))),
  components: z.array(Component).check(z.maxLength(projectLimits.components)),
  connections: z.array(Connection).check(z.maxLength(projectLimits.connections)),
  zones: z._default(z.array(Zone).check(z.maxLength(1000)), []),
  workload: z.prefault(Workload, {}),
  review: z.prefault(Review, {}),
  ruleOverrides: z._default(z.array(RuleOverride).check(z.maxLength(10_000)), []),
  layout: z.prefault(Layout, {}),
  /** What a three-way merge left for people to decide (see conflict.ts); empty once resolved. */
  conflicts: z._default(z.array(MergeConflict).check(z.maxLength(100_000)), []),
});

type Loose = Record<string, unknown>;
const record = (value: unknown): Loose => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : {});
/** The items of a list, each as an object (anything else as an empty one), keeping their indexes. */
const records = (value: unknown): Loose[] => (Array.isArray(value) ? value.map(record) : []);

/**
 * The graph checks of a whole project, beyond its shape: unique ids, and every reference
 * (connection ends, cached-by, zones, entry points) names something that exists.
 * The check also runs when the shape has problems (reading the data defensively), so a file's
 * wrong kinds and its dangling connections are reported together, not one round at a time.
 */
function checkGraph(project: unknown, ctx: z.core.$RefinementCtx): void {
  const raw = record(project);
  const components = records(raw.components);
  const componentIds = new Set<string>();
  components.forEach((component, index) => {
    if (typeof component.id !== 'string') return;
    if (componentIds.has(component.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['components', index, 'id'],
        message: `duplicate component id ${component.id}: another component already uses it; give each component its own UUID`,
      });
    }
    componentIds.add(component.id);
  });
  const zoneIds = new Set<string>();
  records(raw.zones).forEach((zone, index) => {
    if (typeof zone.id !== 'string') return;
    if (zoneIds.has(zone.id))
      ctx.addIssue({
        code: 'custom',
        path: ['zones', index, 'id'],
        message: `duplicate zone id ${zone.id}: another zone already uses it; give each zone its own UUID`,
      });
    zoneIds.add(zone.id);
  });
  const connectionIds = new Set<string>();
  records(raw.connections).forEach((connection, index) => {
    if (typeof connection.id !== 'string') return;
    if (connectionIds.has(connection.id) || componentIds.has(connection.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['connections', index, 'id'],
        message: `duplicate id ${connection.id}: another connection or component already uses it; give each record its own UUID`,
      });
    }
    connectionIds.add(connection.id);
    for (const end of ['from', 'to', 'cachedBy'] as const) {
      const target = connection[end];
      if (typeof target === 'string' && !componentIds.has(target)) {
        ctx.addIssue({
          code: 'custom',
          path: ['connections', index, end],
          message: `the connection's "${end}" refers to component ${target}, which does not exist in this project: add that component or correct the id`,
        });
      }
    }
  });
  components.forEach((component, index) => {
    if (!Array.isArray(component.zoneIds)) return;
    component.zoneIds.forEach((zoneId: unknown, zoneIndex) => {
      if (typeof zoneId === 'string' && !zoneIds.has(zoneId))
        ctx.addIssue({
          code: 'custom',
          path: ['components', index, 'zoneIds', zoneIndex],
          message: `zone ${zoneId} does not exist in this project: add it to "zones" or remove it here`,
        });
    });
  });
  const entryIds = new Set<string>();
  records(record(raw.workload).entryPoints).forEach((entry, index) => {
    if (typeof entry.componentId !== 'string') return;
    if (!componentIds.has(entry.componentId))
      ctx.addIssue({
        code: 'custom',
        path: ['workload', 'entryPoints', index, 'componentId'],
        message: `entry point refers to component ${entry.componentId}, which does not exist in this project: add that component or correct the id`,
      });
    if (entryIds.has(entry.componentId))
      ctx.addIssue({
        code: 'custom',
        path: ['workload', 'entryPoints', index, 'componentId'],
        message: `component ${entry.componentId} is listed as an entry point twice: keep one entry with its total peak rate`,
      });
    entryIds.add(entry.componentId);
  });
  const reviewKeys = new Set<string>();
  records(record(raw.review).findings).forEach((review, index) => {
    if (typeof review.key !== 'string') return;
    if (reviewKeys.has(review.key))
      ctx.addIssue({
        code: 'custom',
        path: ['review', 'findings', index, 'key'],
        message: `finding ${review.key} is reviewed twice: keep one review entry per finding`,
      });
    reviewKeys.add(review.key);
  });
  const decisionIds = new Set<string>();
  records(record(raw.review).decisions).forEach((decision, index) => {
    if (typeof decision.id !== 'string') return;
    if (decisionIds.has(decision.id))
      ctx.addIssue({
        code: 'custom',
        path: ['review', 'decisions', index, 'id'],
        message: `duplicate decision id ${decision.id}: give each decision its own UUID`,
      });
    decisionIds.add(decision.id);
  });
}

export const Project = ProjectShape.check(
  z.superRefine(checkGraph, {
    when: (payload) => payload.value !== null && typeof payload.value === 'object' && !Array.isArray(payload.value),
  }),
);
export type Project = z.infer<typeof Project>;

/**
 * Only the graph checks of Project, for a project assembled from parts that were each validated
 * already (check:changes: changes to a project the host holds).
 */
export const ProjectGraph = z.custom<Project>((value) => value !== null && typeof value === 'object' && !Array.isArray(value)).check(z.superRefine(checkGraph));

/** What a project file may omit (defaults fill it in). */
export type ProjectInput = z.input<typeof Project>;
