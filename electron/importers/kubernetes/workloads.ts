import { storeKinds } from '../../../shared/model/component';
import type { ComponentDraft } from '../draft';
import { guessKind, imageBaseName, type ImageContext } from '../kinds';
import { quoteNames, type ReportBuilder } from '../reportBuilder';
import { isRecord, stringMap, type KubeObject } from './manifests';

/** Kinds that run pods, and so become components. */
export const workloadKinds = new Set([
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
  'Job',
  'CronJob',
  'Pod',
  'DeploymentConfig',
  'Rollout',
]);

/** Containers that ride along with the application and say nothing about what it is. */
const sidecarImage =
  /(^|\/)(istio\/proxyv2|proxyv2|envoy|linkerd|cloud-sql-proxy|cloudsql-proxy|fluent-bit|fluentd|vault|oauth2-proxy|.*-exporter|exporter)(:|$|-)/i;

export interface Container {
  readonly name: string;
  readonly image: string;
  readonly raw: Record<string, unknown>;
  readonly init: boolean;
}

export interface Workload {
  readonly object: KubeObject;
  readonly pod: Record<string, unknown>;
  readonly podLabels: Readonly<Record<string, string>>;
  readonly containers: readonly Container[];
  /** The container that says what the workload is: the first that is not a sidecar. */
  readonly main: Container | undefined;
  readonly draft: ComponentDraft;
}

/** The pod spec and labels of a workload object (a CronJob's job template, a Pod itself). */
function podOf(object: KubeObject): { pod: Record<string, unknown>; labels: Record<string, string> } {
  const spec = isRecord(object.raw['spec']) ? object.raw['spec'] : {};
  if (object.kind === 'Pod') return { pod: spec, labels: { ...object.labels } };
  const jobSpec = object.kind === 'CronJob' && isRecord(spec['jobTemplate']) && isRecord(spec['jobTemplate']['spec']) ? spec['jobTemplate']['spec'] : spec;
  const template = isRecord(jobSpec['template']) ? jobSpec['template'] : {};
  const metadata = isRecord(template['metadata']) ? template['metadata'] : {};
  return { pod: isRecord(template['spec']) ? template['spec'] : {}, labels: stringMap(metadata['labels']) };
}

function containersOf(pod: Record<string, unknown>): Container[] {
  const list = (key: string, init: boolean) =>
    (Array.isArray(pod[key]) ? pod[key] : [])
      .filter(isRecord)
      .map((raw) => ({ name: String(raw['name'] ?? ''), image: String(raw['image'] ?? ''), raw, init }));
  return [...list('containers', false), ...list('initContainers', true)];
}

/** A workload object as a component draft (references are added once Services and ConfigMaps are known). */
export function workloadOf(object: KubeObject, name: string, context: ImageContext, report: ReportBuilder): Workload {
  const { pod, labels } = podOf(object);
  const containers = containersOf(pod);
  const running = containers.filter((c) => !c.init);
  const main = running.find((c) => !sidecarImage.test(imageBaseName(c.image))) ?? running[0];
  const ports = running.flatMap((c) =>
    (Array.isArray(c.raw['ports']) ? c.raw['ports'] : [])
      .filter(isRecord)
      .map((p) => Number(p['containerPort']))
      .filter((p) => Number.isInteger(p) && p > 0),
  );
  let kind = guessKind(name, main?.image, ports, context);
  if ((object.kind === 'Job' || object.kind === 'CronJob') && kind.kind === 'service') {
    kind = {
      kind: 'worker',
      reason:
        object.kind === 'CronJob'
          ? `it is a CronJob (runs on the schedule "${String((object.raw['spec'] as Record<string, unknown> | undefined)?.['schedule'] ?? '?')}")`
          : 'it is a Job (runs to completion)',
      uncertain: false,
    };
  }
  const draft: ComponentDraft = {
    name,
    kind: kind.kind,
    kindGuess: kind,
    ...(main?.image ? { image: main.image } : {}),
    ports,
    listens: false,
    hosts: [],
    references: [],
    startsAfter: [],
    linksTo: [],
    deployment: deploymentOf(object, name, main, report),
    state: {},
    exposure: {},
    source: object.where,
    configFolders: [name.toLowerCase(), object.name.toLowerCase(), ...(main ? [main.name.toLowerCase()] : [])],
  };
  return { object, pod, podLabels: labels, containers, main, draft };
}

function deploymentOf(object: KubeObject, name: string, main: Container | undefined, report: ReportBuilder): ComponentDraft['deployment'] {
  const spec = isRecord(object.raw['spec']) ? object.raw['spec'] : {};
  const deployment: ComponentDraft['deployment'] = {};
  if (object.kind === 'DaemonSet') {
    report.confirm(`"${name}" runs one pod on every node (DaemonSet): set its instances to the number of nodes.`, { where: [object.where], component: name });
    deployment.instances = 1;
  } else if (['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController', 'DeploymentConfig', 'Rollout'].includes(object.kind)) {
    const replicas = spec['replicas'];
    if (typeof replicas === 'number' && Number.isInteger(replicas) && replicas >= 0) {
      deployment.instances = replicas;
      report.evidence(replicas === 0 ? `"${name}" is not deployed: replicas is 0.` : `"${name}" runs ${replicas} pod${replicas === 1 ? '' : 's'} (replicas).`, {
        where: [`${object.where}: spec.replicas`],
        component: name,
      });
    } else {
      deployment.instances = 1;
      report.evidence(`"${name}" runs 1 pod: its ${object.kind} does not set replicas.`, {
        where: [object.where],
        component: name,
        family: { key: 'default-replicas', summary: (names) => `${names.length} workloads run 1 pod each, as they do not set replicas: ${quoteNames(names)}.` },
      });
    }
  } else deployment.instances = 1;
  if (main) {
    const probes = ['readinessProbe', 'livenessProbe', 'startupProbe'].filter((key) => isRecord(main.raw[key]));
    deployment.healthCheck = probes.length > 0;
    if (probes.length > 0)
      report.evidence(`"${name}" has health checks (${probes.join(', ')}).`, { where: [`${object.where}: container ${main.name}`], component: name });
  }
  return deployment;
}

/** Where a workload's data lives: a PersistentVolumeClaim is durable; emptyDir and the container's own disk are not. */
export function describeStorage(workload: Workload, report: ReportBuilder): void {
  const { draft, object, pod, main } = workload;
  const spec = isRecord(object.raw['spec']) ? object.raw['spec'] : {};
  const volumes = new Map((Array.isArray(pod['volumes']) ? pod['volumes'] : []).filter(isRecord).map((v) => [String(v['name'] ?? ''), v]));
  const claimTemplates = new Set(
    (Array.isArray(spec['volumeClaimTemplates']) ? spec['volumeClaimTemplates'] : [])
      .filter(isRecord)
      .map((t) => String((t['metadata'] as Record<string, unknown> | undefined)?.['name'] ?? '')),
  );
  const mounts = main && Array.isArray(main.raw['volumeMounts']) ? main.raw['volumeMounts'].filter(isRecord) : [];
  const dataMounts = mounts
    .map((m) => {
      const volumeName = String(m['name'] ?? '');
      const volume = volumes.get(volumeName);
      const type =
        claimTemplates.has(volumeName) || (volume && isRecord(volume['persistentVolumeClaim']))
          ? 'claim'
          : volume && isRecord(volume['emptyDir'])
            ? 'emptyDir'
            : volume && isRecord(volume['hostPath'])
              ? 'hostPath'
              : 'other';
      return { path: String(m['mountPath'] ?? ''), type };
    })
    .filter((m) => m.type !== 'other' && !/^\/(tmp|var\/run|run)(\/|$)/.test(m.path));
  const name = draft.name;
  const where = [object.where];
  const claims = dataMounts.filter((m) => m.type === 'claim');
  if (draft.kind === 'cache' || draft.kind === 'queue' || draft.kind === 'stream') {
    if (claims.length > 0)
      report.evidence(`"${name}" keeps its data on a PersistentVolumeClaim (${claims.map((m) => m.path).join(', ')}).`, { where, component: name });
    else if (draft.kind !== 'cache')
      report.confirm(
        `"${name}" has no PersistentVolumeClaim: ${draft.kind === 'queue' ? 'its queues and messages are' : 'its log is'} lost when the pod is deleted or rescheduled.`,
        { where, component: name },
      );
    return;
  }
  if (storeKinds.includes(draft.kind)) {
    draft.state.durableData = true;
    if (claims.length > 0) {
      report.evidence(`"${name}" keeps durable data on a PersistentVolumeClaim (${claims.map((m) => m.path).join(', ')}).`, { where, component: name });
      return;
    }
    draft.state.localDiskWrites = true;
    const ephemeral = dataMounts.find((m) => m.type === 'emptyDir' || m.type === 'hostPath');
    report.confirm(
      ephemeral
        ? `"${name}" holds durable data on ${ephemeral.type === 'emptyDir' ? 'an emptyDir volume' : "its node's disk (hostPath)"} (${ephemeral.path}): it is lost when the pod is deleted or ${ephemeral.type === 'emptyDir' ? 'rescheduled' : 'moved to another node'}. Use a PersistentVolumeClaim, or confirm it holds nothing worth keeping.`
        : `"${name}" holds durable data in its container (no volume): it is lost when the pod is deleted or rescheduled. Use a PersistentVolumeClaim, or confirm it holds nothing worth keeping.`,
      {
        where,
        component: name,
        family: {
          key: `data-${ephemeral?.type ?? 'container'}`,
          summary: (names) =>
            `${names.length} stores hold durable data ${ephemeral ? (ephemeral.type === 'emptyDir' ? 'on emptyDir volumes' : "on their nodes' disks (hostPath)") : 'in their containers'}, lost when a pod is deleted or rescheduled: ${quoteNames(names)}. Use PersistentVolumeClaims, or confirm they hold nothing worth keeping.`,
        },
      },
    );
    return;
  }
  if (claims.length > 0) {
    draft.state.localDiskWrites = true;
    report.guessed(
      `"${name}" writes files to a PersistentVolumeClaim (${claims.map((m) => m.path).join(', ')}): state on local disk, which ties each pod to its volume.`,
      { where, component: name },
    );
    report.confirm(`"${name}" mounts a PersistentVolumeClaim: taken as state kept on local disk. Clear that in the inspector if it only reads files there.`, {
      where,
      component: name,
    });
  }
}

/** `$(VAR)` in a container's environment values refers to variables defined before it. */
export function expandKubernetesVariables(text: string, known: ReadonlyMap<string, string>): string {
  return text.includes('$(') ? text.replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (all, name: string) => known.get(name) ?? all) : text;
}
