import type { Project } from '../../shared/model/project';
import type { Component } from '../../shared/model/component';
import type { Connection } from '../../shared/model/connection';
import { itemAt } from '../../shared/base/itemAt';

/**
 * The project with every component and every connection copied into one object layout: all
 * fields of the schema present, in schema order, `undefined` where the file leaves one out.
 *
 * Why: a parsed project's components come in as many layouts as there are combinations of
 * optional sections (a dozen or more in a real model), so V8 sees every `component.kind` or
 * `connection.to` in the analyses and rules as a megamorphic property access, and code
 * optimized on one model is thrown away on the next model's new layouts. One layout per record
 * type keeps those accesses monomorphic. Nested sections are shared, not copied; the copies
 * live for one check. Reading a field gives the same value as before, and nothing in the engine
 * lists a component's keys, so findings and analyses are unchanged.
 */
export function withUniformShapes(project: Project): Project {
  const components = new Array<Component>(project.components.length);
  for (let i = 0; i < components.length; i++) components[i] = uniformComponent(itemAt(project.components, i));
  const connections = new Array<Connection>(project.connections.length);
  for (let i = 0; i < connections.length; i++) connections[i] = uniformConnection(itemAt(project.connections, i));
  return { ...project, components, connections };
}

/** Every field of shared/model/component.ts, in its order (uniformShapes.test.ts checks the list). */
export function uniformComponent(c: Component): Component {
  return {
    id: c.id,
    name: c.name,
    kind: c.kind,
    technology: c.technology,
    description: c.description,
    tags: c.tags,
    zoneIds: c.zoneIds,
    deployment: c.deployment,
    capacity: c.capacity,
    state: c.state,
    data: c.data,
    messaging: c.messaging,
    cache: c.cache,
    api: c.api,
    heavyWork: c.heavyWork,
    observability: c.observability,
    testing: c.testing,
    exposure: c.exposure,
  };
}

/** Every field of shared/model/connection.ts, in its order (uniformShapes.test.ts checks the list). */
export function uniformConnection(c: Connection): Connection {
  return {
    id: c.id,
    from: c.from,
    to: c.to,
    kind: c.kind,
    protocol: c.protocol,
    description: c.description,
    callsPerRequest: c.callsPerRequest,
    dependency: c.dependency,
    alternativeGroup: c.alternativeGroup,
    fallback: c.fallback,
    timeoutMs: c.timeoutMs,
    retries: c.retries,
    circuitBreaker: c.circuitBreaker,
    mutating: c.mutating,
    idempotent: c.idempotent,
    cachedBy: c.cachedBy,
    topics: c.topics,
  };
}
