import { newId } from './ids';
import type { Project } from './project';

/**
 * A copy of the project where the project and every component, connection, zone and decision has
 * a new id, with every reference rewritten: connection ends and cached-by, zones of components,
 * entry points, layout keys, and review keys that embed ids. Used for "import as a copy",
 * "duplicate" and "create from template", so two projects never share ids.
 */
export function withFreshIds(project: Project, makeId: () => string = () => newId()): Project {
  const components = new Map(project.components.map((c) => [c.id as string, makeId()]));
  const connections = new Map(project.connections.map((c) => [c.id as string, makeId()]));
  const zones = new Map(project.zones.map((z) => [z.id as string, makeId()]));
  const any = new Map([...components, ...connections, ...zones]);
  const swap = <T extends string>(id: T): T => (any.get(id) ?? id) as T;
  const rekey = <V>(record: Record<string, V>): Record<string, V> =>
    Object.fromEntries(Object.entries(record).map(([key, value]) => [any.get(key) ?? key, value]));
  const rewriteKey = (key: string): string => rewriteFindingKey(key, components, connections);

  return {
    ...project,
    id: makeId() as Project['id'],
    components: project.components.map((c) => ({ ...c, id: swap(c.id), ...(c.zoneIds ? { zoneIds: c.zoneIds.map(swap) } : {}) })),
    connections: project.connections.map((c) => ({
      ...c,
      id: swap(c.id),
      from: swap(c.from),
      to: swap(c.to),
      ...(c.cachedBy ? { cachedBy: swap(c.cachedBy) } : {}),
    })),
    zones: project.zones.map((z) => ({ ...z, id: swap(z.id) })),
    workload: { ...project.workload, entryPoints: project.workload.entryPoints.map((e) => ({ ...e, componentId: swap(e.componentId) })) },
    review: {
      findings: project.review.findings.map((f) => ({ ...f, key: rewriteKey(f.key) })),
      decisions: project.review.decisions.map((d) => ({
        ...d,
        id: makeId() as typeof d.id,
        ...(d.findingKeys ? { findingKeys: d.findingKeys.map(rewriteKey) } : {}),
      })),
    },
    layout: { components: rekey(project.layout.components), zones: rekey(project.layout.zones) },
  };
}

/**
 * A finding key is "ruleId|componentIds…|connectionIds…", each group sorted (engine/check.ts
 * findingKey). After swapping ids the groups are sorted again so the key still matches what the
 * engine computes for the copy.
 */
function rewriteFindingKey(key: string, components: ReadonlyMap<string, string>, connections: ReadonlyMap<string, string>): string {
  const [ruleId, ...targets] = key.split('|');
  const componentIds: string[] = [];
  const connectionIds: string[] = [];
  const others: string[] = [];
  for (const target of targets) {
    const component = components.get(target);
    const connection = connections.get(target);
    if (component) componentIds.push(component);
    else if (connection) connectionIds.push(connection);
    else others.push(target);
  }
  // A key in a shape we do not know: swap ids in place and keep its order.
  if (others.length > 0) return [ruleId, ...targets.map((t) => components.get(t) ?? connections.get(t) ?? t)].join('|');
  return [ruleId, ...componentIds.sort(), ...connectionIds.sort()].join('|');
}
