import { CURRENT_SCHEMA_VERSION, Project } from '../../../shared/model/project';
import { itemAt } from '../../../shared/base/itemAt';

const uuid = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/**
 * A chain of `size` components, each calling the next synchronously: a client, then services.
 * The longest paths a model can have, for the walks that follow them (depth, tracing, timeouts).
 */
export function chainModel(size: number): Project {
  const components = Array.from({ length: size }, (_, i) => ({ id: uuid('c0000000', i + 1), name: `svc-${i}`, kind: i === 0 ? 'client' : 'service' }));
  const connections = Array.from({ length: size - 1 }, (_, i) => ({
    id: uuid('c000000e', i + 1),
    from: itemAt(components, i).id,
    to: itemAt(components, i + 1).id,
    kind: 'sync',
  }));
  return Project.parse({ schemaVersion: CURRENT_SCHEMA_VERSION, id: uuid('c00000ff', 1), name: `Chain of ${size}`, components, connections });
}
