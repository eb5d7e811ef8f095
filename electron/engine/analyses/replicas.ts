import type { Project } from '../../../shared/model/project';
import type { Component } from '../../../shared/model/component';
import type { effectiveDeployment } from '../../../shared/model/defaults';

// Indexed reads here assert non-null rather than call itemAt: every index comes from the same graph's arrays, and a call per read slows the check's inner loops.

type Deployment = ReturnType<typeof effectiveDeployment>;

/**
 * Replicas as a reviewer sees them. The target of a replication connection from a component of
 * its own kind is a replica of that source: it serves the reads sent to it, can be added to (so it
 * is not a single writer), and counts as one of the primary's read replicas. A primary with read
 * replicas, drawn or stated in data.readReplicas, has a standby to promote unless the model states
 * its failover as none. Replication to another kind (a database into object storage or a search
 * index) is a copy, not a replica.
 */
export function resolveReplicas(
  project: Project,
  components: readonly Component[],
  connectionFrom: Int32Array,
  connectionTo: Int32Array,
  deployed: Uint8Array,
  resolved: readonly Deployment[],
): { replicaOf: Int32Array; readReplicas: Int32Array; deployment: readonly Deployment[] } {
  const n = components.length;
  const replicaOf = new Int32Array(n).fill(-1);
  const readReplicas = new Int32Array(n);
  for (let k = 0; k < project.connections.length; k++) {
    const from = connectionFrom[k]!;
    const to = connectionTo[k]!;
    if (from < 0 || to < 0 || from === to || project.connections[k]!.kind !== 'replication') continue;
    if (components[from]!.kind !== components[to]!.kind || deployed[to] === 0 || replicaOf[to]! >= 0) continue;
    replicaOf[to] = from;
    readReplicas[from]! += 1;
  }
  let deployment: Deployment[] | undefined;
  for (let v = 0; v < n; v++) {
    const stated = components[v]!.deployment;
    readReplicas[v]! += components[v]!.data?.readReplicas ?? 0;
    const replica = replicaOf[v]! >= 0 && stated?.scalingMode === undefined && resolved[v]!.scalingMode === 'single-writer';
    const standby = readReplicas[v]! > 0 && stated?.failover === undefined;
    if (!replica && !standby) continue;
    deployment ??= resolved.slice();
    deployment[v] = {
      ...resolved[v]!,
      ...(replica ? { scalingMode: 'horizontal' as const } : {}),
      ...(standby ? { failover: 'standby' as const } : {}),
    };
  }
  return { replicaOf, readReplicas, deployment: deployment ?? resolved };
}
