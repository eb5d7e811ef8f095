import type { ReportBuilder } from '../reportBuilder';
import { isRecord, stringMap, type KubeObject } from './manifests';
import { LabelIndex } from './labelIndex';
import type { Workload } from './workloads';

/** Objects that say how many pods run: autoscalers and disruption budgets. */
export const scalingKinds = new Set(['HorizontalPodAutoscaler', 'ScaledObject', 'PodDisruptionBudget']);

/** HPAs and KEDA ScaledObjects set autoscaling and min/max instances; PDBs are reported. */
export function applyScaling(objects: readonly KubeObject[], workloads: readonly Workload[], report: ReportBuilder): void {
  if (objects.length === 0) return;
  const byName = new Map(workloads.map((w) => [`${w.object.namespace}/${w.object.name}`, w]));
  const byLabels = new LabelIndex(workloads);
  for (const object of objects) {
    const spec = isRecord(object.raw['spec']) ? object.raw['spec'] : {};
    if (object.kind === 'PodDisruptionBudget') disruptionBudget(object, spec, byLabels, report);
    else autoscaler(object, spec, byName, report);
  }
}

function autoscaler(object: KubeObject, spec: Record<string, unknown>, byName: ReadonlyMap<string, Workload>, report: ReportBuilder): void {
  const target = isRecord(spec['scaleTargetRef']) ? spec['scaleTargetRef'] : {};
  const named = byName.get(`${object.namespace}/${String(target['name'] ?? '')}`);
  const workload = named && (target['kind'] === undefined || named.object.kind === target['kind']) ? named : undefined;
  if (!workload) {
    report.ignore(
      `${object.kind} "${object.name}" scales ${String(target['kind'] ?? 'a workload')} "${String(target['name'] ?? '?')}", which is not among the manifests.`,
    );
    return;
  }
  const keda = object.kind === 'ScaledObject';
  const min = numberOr(spec[keda ? 'minReplicaCount' : 'minReplicas'], keda ? 0 : 1);
  const max = numberOr(spec[keda ? 'maxReplicaCount' : 'maxReplicas'], keda ? 100 : min);
  const metric = keda ? triggersOf(spec) : metricOf(spec);
  const deployment = workload.draft.deployment;
  deployment.autoscaling = true;
  deployment.instances = min;
  if (max >= 1) deployment.maxInstances = Math.max(max, 1);
  if (metric) deployment.autoscalingMetric = metric.slice(0, 100);
  report.evidence(`"${workload.draft.name}" scales from ${min} to ${max} pods${metric ? ` on ${metric}` : ''} (${object.kind} "${object.name}").`, {
    where: [object.where],
    component: workload.draft.name,
  });
}

function metricOf(spec: Record<string, unknown>): string | undefined {
  if (typeof spec['targetCPUUtilizationPercentage'] === 'number') return `cpu ${spec['targetCPUUtilizationPercentage']}%`;
  const metrics = Array.isArray(spec['metrics']) ? spec['metrics'].filter(isRecord) : [];
  const parts = metrics.map((m) => {
    const resource = isRecord(m['resource']) ? m['resource'] : isRecord(m['containerResource']) ? m['containerResource'] : undefined;
    if (resource) {
      const target = isRecord(resource['target']) ? resource['target'] : {};
      const utilization = target['averageUtilization'] ?? resource['targetAverageUtilization'];
      return `${String(resource['name'] ?? 'resource')}${utilization !== undefined ? ` ${String(utilization)}%` : ''}`;
    }
    const named = [m['pods'], m['object'], m['external']].find(isRecord);
    const metric = named && isRecord(named['metric']) ? named['metric']['name'] : named?.['metricName'];
    return typeof metric === 'string' ? metric : String(m['type'] ?? 'a metric');
  });
  return parts.length > 0 ? parts.join(', ') : undefined;
}

function triggersOf(spec: Record<string, unknown>): string | undefined {
  const triggers = Array.isArray(spec['triggers']) ? spec['triggers'].filter(isRecord) : [];
  return triggers.length > 0 ? triggers.map((t) => String(t['type'] ?? 'trigger')).join(', ') : undefined;
}

function disruptionBudget(object: KubeObject, spec: Record<string, unknown>, byLabels: LabelIndex, report: ReportBuilder): void {
  const selector = isRecord(spec['selector']) ? stringMap(spec['selector']['matchLabels']) : {};
  const covered = byLabels.select(object.namespace, selector);
  for (const workload of covered) {
    const name = workload.draft.name;
    const instances = workload.draft.deployment.instances ?? 1;
    const minAvailable = spec['minAvailable'];
    const maxUnavailable = spec['maxUnavailable'];
    const budget = minAvailable !== undefined ? `at least ${String(minAvailable)} available` : `at most ${String(maxUnavailable)} unavailable`;
    report.evidence(`"${name}" keeps ${budget} during node maintenance (PodDisruptionBudget "${object.name}").`, { where: [object.where], component: name });
    const blocks =
      (typeof minAvailable === 'number' && minAvailable >= instances) || maxUnavailable === 0 || maxUnavailable === '0%' || minAvailable === '100%';
    if (blocks)
      report.confirm(
        `PodDisruptionBudget "${object.name}" lets no pod of "${name}" (${instances} running) be evicted: draining a node for maintenance waits until someone intervenes. Run more pods or relax the budget.`,
        { where: [object.where], component: name },
      );
  }
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : fallback;
}
