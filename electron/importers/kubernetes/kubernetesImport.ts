import type { HostIndex } from '../addresses';
import { mentionedHosts } from '../addresses';
import { addedDraft, type ComponentDraft, type Reference } from '../draft';
import { imageContext } from '../kinds';
import type { InputFile } from '../inputFiles';
import type { ReportBuilder } from '../reportBuilder';
import { isRecord, readManifests, stringMap, type KubeObject } from './manifests';
import { addRoutes, routingKinds } from './routing';
import { describeStorage, expandKubernetesVariables, workloadKinds, workloadOf, type Workload } from './workloads';
import { applyScaling, scalingKinds } from './scaling';
import { LabelIndex } from './labelIndex';

export interface KubernetesDrafts {
  readonly drafts: ComponentDraft[];
  /** The one namespace every workload is in, when it is not "default". */
  readonly namespace?: string;
  /** ConfigMap files mounted into workloads, for the config readers: the workload and the file. */
  readonly mountedFiles: ReadonlyArray<{ readonly draft: ComponentDraft; readonly path: string; readonly content: string; readonly where: string }>;
}

/** Kinds read for what they hold (addresses, files), not turned into components. */
const dataKinds = new Set(['ConfigMap', 'Secret', 'Service', 'Namespace']);

/**
 * The Kubernetes part of an import: workloads become components, Services make them reachable by
 * name (several workloads behind one Service are alternatives), LoadBalancer and NodePort Services,
 * ingresses and gateways make entry points, HPAs and PDBs set scaling, and environment variables
 * and ConfigMaps that hold addresses become references for the links.
 */
export function importKubernetesDrafts(files: readonly InputFile[], index: HostIndex, report: ReportBuilder): KubernetesDrafts {
  const objects = lastDefinitions(
    [...files].sort((a, b) => a.path.localeCompare(b.path)).flatMap((file) => readManifests(file.path, file.content)),
    report,
  );
  const byKind = new Map<string, KubeObject[]>();
  for (const object of objects) {
    const list = byKind.get(object.kind) ?? [];
    list.push(object);
    byKind.set(object.kind, list);
  }
  reportIgnoredKinds(byKind, report);
  const workloadObjects = objects.filter((o) => workloadKinds.has(o.kind));
  const names = uniqueNames(workloadObjects);
  const context = imageContext(workloadObjects.flatMap((o) => imagesOf(o)));
  const workloads = workloadObjects.map((object) => workloadOf(object, names.get(object)!, context, report));
  const drafts = workloads.map((w) => w.draft);
  const data = dataObjects(byKind);
  indexServices(byKind.get('Service') ?? [], workloads, drafts, index, report);
  applyScaling(
    objects.filter((o) => scalingKinds.has(o.kind)),
    workloads,
    report,
  );
  addRoutes(
    objects.filter((o) => routingKinds.has(o.kind)),
    byKind.get('Service') ?? [],
    workloads,
    drafts,
    report,
  );
  const mountedFiles: Array<KubernetesDrafts['mountedFiles'][number]> = [];
  const sharedBooks = sharedAddressBooks(workloads, data, index);
  for (const workload of workloads) {
    addEnvironment(workload, data, sharedBooks, report);
    mountedFiles.push(...mountedConfig(workload, data));
    describeStorage(workload, report);
  }
  const namespaces = new Set(workloadObjects.map((o) => o.namespace));
  const namespace = namespaces.size === 1 ? [...namespaces][0] : undefined;
  return { drafts, ...(namespace && namespace !== 'default' ? { namespace } : {}), mountedFiles };
}

/**
 * An object defined in several files (variants of one manifest side by side): the last in path
 * order, as `kubectl apply -f` on the folder would leave it.
 */
function lastDefinitions(objects: readonly KubeObject[], report: ReportBuilder): KubeObject[] {
  const byKey = new Map<string, KubeObject[]>();
  for (const object of objects) {
    const key = `${object.kind}/${object.namespace}/${object.name}`;
    const list = byKey.get(key);
    if (list) list.push(object);
    else byKey.set(key, [object]);
  }
  const repeated = [...byKey.values()].filter((list) => list.length > 1);
  for (const list of repeated.slice(0, 20)) {
    report.ignore(
      `${list[0]!.kind} "${list[0]!.name}" is defined ${list.length} times (${list.map((o) => o.where.split(': ')[0]).join(', ')}): the last, as kubectl apply -f on the folder would leave it, was imported.`,
    );
  }
  if (repeated.length > 20) report.ignore(`${repeated.length - 20} more objects are defined more than once; the last definition of each was imported.`);
  return [...byKey.values()].map((list) => list[list.length - 1]!);
}

function imagesOf(object: KubeObject): string[] {
  return (
    JSON.stringify(object.raw)
      .match(/"image":"[^"]+"/g)
      ?.map((m) => m.slice(9, -1)) ?? []
  );
}

/** Workload names; the same name in two namespaces becomes "namespace/name". */
function uniqueNames(objects: readonly KubeObject[]): Map<KubeObject, string> {
  const count = new Map<string, number>();
  for (const object of objects) count.set(object.name, (count.get(object.name) ?? 0) + 1);
  return new Map(objects.map((object) => [object, count.get(object.name)! > 1 ? `${object.namespace}/${object.name}` : object.name]));
}

function reportIgnoredKinds(byKind: ReadonlyMap<string, KubeObject[]>, report: ReportBuilder): void {
  const ignored = [...byKind].filter(([kind]) => !workloadKinds.has(kind) && !dataKinds.has(kind) && !routingKinds.has(kind) && !scalingKinds.has(kind));
  if (ignored.length === 0) return;
  const listed = ignored.sort(([a], [b]) => a.localeCompare(b)).map(([kind, list]) => `${list.length} ${kind}`);
  report.ignore(`Kubernetes objects that change nothing a scaling review models: ${listed.join(', ')}.`);
}

interface DataObjects {
  readonly configMaps: ReadonlyMap<string, KubeObject>;
  readonly secrets: ReadonlyMap<string, KubeObject>;
}

function dataObjects(byKind: ReadonlyMap<string, KubeObject[]>): DataObjects {
  const key = (o: KubeObject) => `${o.namespace}/${o.name}`;
  return {
    configMaps: new Map((byKind.get('ConfigMap') ?? []).map((o) => [key(o), o])),
    secrets: new Map((byKind.get('Secret') ?? []).map((o) => [key(o), o])),
  };
}

/** A ConfigMap's or Secret's entries as text (a Secret's `data` is base64). */
function entriesOf(object: KubeObject): Map<string, string> {
  const entries = new Map<string, string>();
  if (object.kind === 'Secret' && isRecord(object.raw['data'])) {
    for (const [key, value] of Object.entries(object.raw['data'])) if (typeof value === 'string') entries.set(key, decodeBase64(value));
  }
  for (const section of ['data', 'stringData']) {
    if (object.kind === 'Secret' && section === 'data') continue;
    const values = object.raw[section];
    if (isRecord(values)) for (const [key, value] of Object.entries(values)) if (value !== null && typeof value !== 'object') entries.set(key, String(value));
  }
  return entries;
}

function decodeBase64(value: string): string {
  try {
    return Buffer.from(value, 'base64').toString('utf8');
  } catch {
    return '';
  }
}

/**
 * Each Service's names (name, name.namespace, name.namespace.svc, …cluster.local; any namespace
 * when its manifest states none, as `helm template -n` and `kubectl apply -n` leave them) reach the
 * workloads its selector picks, and `set-N.name…` the pods of the StatefulSet it governs; a LoadBalancer or NodePort Service makes them reachable from outside.
 */
function indexServices(
  services: readonly KubeObject[],
  workloads: readonly Workload[],
  drafts: ComponentDraft[],
  index: HostIndex,
  report: ReportBuilder,
): void {
  const byLabels = new LabelIndex(workloads);
  for (const service of services) {
    const spec = isRecord(service.raw['spec']) ? service.raw['spec'] : {};
    const type = typeof spec['type'] === 'string' ? spec['type'] : 'ClusterIP';
    if (type === 'ExternalName' && typeof spec['externalName'] === 'string') {
      const external = externalDraft(spec['externalName'], service.where, drafts);
      addServiceHosts(service, { names: [external.name] }, index);
      report.evidence(`"${external.name}" is outside the cluster: Service "${service.name}" points at it (ExternalName).`, {
        where: [service.where],
        component: external.name,
      });
      continue;
    }
    const selected = byLabels.select(service.namespace, stringMap(spec['selector']));
    if (selected.length === 0) {
      report.ignore(`Service "${service.name}" selects no workload among the manifests (${service.where}).`);
      continue;
    }
    const names = selected.map((w) => w.draft.name);
    const target = { names, ...(names.length > 1 ? { group: service.name } : {}) };
    addServiceHosts(service, target, index);
    for (const workload of selected) {
      const spec = workload.object.raw['spec'];
      if (workload.object.kind === 'StatefulSet' && isRecord(spec) && spec['serviceName'] === service.name)
        index.addPods(workload.object.name, target, { names: [workload.draft.name] });
    }
    for (const workload of selected) (workload.draft as { listens: boolean }).listens = true;
    if (names.length > 1)
      report.evidence(`Service "${service.name}" spreads calls over ${names.map((n) => `"${n}"`).join(', ')}: any one of them can answer.`, {
        where: [service.where],
      });
    if (spec['sessionAffinity'] === 'ClientIP') {
      for (const workload of selected) {
        workload.draft.state.sessions = 'in-memory';
        report.guessed(
          `"${workload.draft.name}" keeps sessions in memory: Service "${service.name}" pins each client to one pod (sessionAffinity: ClientIP).`,
          { where: [service.where], component: workload.draft.name },
        );
      }
    }
    if (type === 'LoadBalancer' || type === 'NodePort') {
      for (const workload of selected) {
        if (workload.draft.entry?.how === 'load-balancer') continue;
        workload.draft.entry =
          type === 'LoadBalancer'
            ? { how: 'load-balancer', where: service.where, balancer: `${service.name} load balancer`, cloudBalancer: true }
            : { how: 'node-port', where: service.where };
        workload.draft.exposure.publishedPort = true;
      }
    }
  }
}

function addServiceHosts(service: KubeObject, target: { names: readonly string[]; group?: string }, index: HostIndex): void {
  const { name, namespace } = service;
  for (const host of [name, `${name}.${namespace}`, `${name}.${namespace}.svc`, `${name}.${namespace}.svc.cluster.local`])
    index.add(host, target, host === name);
  if (!service.namespaceStated) index.addInAnyNamespace(name, target);
}

export function externalDraft(host: string, where: string, drafts: ComponentDraft[]): ComponentDraft {
  const existing = drafts.find((d) => d.name === host);
  if (existing) return existing;
  const draft = addedDraft(host, { kind: 'external-api', reason: 'it is a host outside the system', uncertain: true }, where, { hosts: [host.toLowerCase()] });
  drafts.push(draft);
  return draft;
}

/**
 * ConfigMaps (and Secrets) loaded whole with envFrom by several workloads, one of which is named
 * in them: an address book everyone receives. A workload named in such a book receives its
 * neighbours' addresses without necessarily calling them.
 */
function sharedAddressBooks(workloads: readonly Workload[], data: DataObjects, index: HostIndex): Map<string, Set<string>> {
  const readers = new Map<string, Workload[]>();
  for (const workload of workloads) {
    for (const source of envFromSources(workload)) {
      const list = readers.get(source.key) ?? [];
      list.push(workload);
      readers.set(source.key, list);
    }
  }
  const shared = new Map<string, Set<string>>();
  for (const [key, list] of readers) {
    if (list.length < 2) continue;
    const object = key.startsWith('ConfigMap ') ? data.configMaps.get(key.slice(10)) : data.secrets.get(key.slice(7));
    if (!object) continue;
    const named = new Set<string>();
    for (const [entry, text] of entriesOf(object)) {
      for (const { target } of mentionedHosts({ text, key: entry, where: '', form: 'setting' }, (h) => index.get(h)))
        for (const n of target.names) named.add(n);
    }
    const inBook = new Set(list.map((w) => w.draft.name).filter((n) => named.has(n)));
    if (inBook.size > 0) shared.set(key, inBook);
  }
  return shared;
}

function envFromSources(workload: Workload): Array<{ key: string; container: string }> {
  return workload.containers.flatMap((container) =>
    (Array.isArray(container.raw['envFrom']) ? container.raw['envFrom'] : []).filter(isRecord).flatMap((source) => {
      const configMap = isRecord(source['configMapRef']) ? source['configMapRef']['name'] : undefined;
      const secret = isRecord(source['secretRef']) ? source['secretRef']['name'] : undefined;
      const ns = workload.object.namespace;
      if (typeof configMap === 'string') return [{ key: `ConfigMap ${ns}/${configMap}`, container: container.name }];
      if (typeof secret === 'string') return [{ key: `Secret ${ns}/${secret}`, container: container.name }];
      return [];
    }),
  );
}

/** Environment variables, envFrom ConfigMaps and Secrets, command lines: what a workload's settings name. */
function addEnvironment(workload: Workload, data: DataObjects, sharedBooks: ReadonlyMap<string, Set<string>>, report: ReportBuilder): void {
  const { draft, object } = workload;
  const ns = object.namespace;
  for (const container of workload.containers) {
    const at = `${object.where}, container ${container.name}`;
    const known = new Map<string, string>();
    // An init container that waits for something is start-up order, not a call.
    const push = (reference: Reference) =>
      draft.references.push(container.init ? { ...reference, where: `${reference.where} (init container)`, startup: true } : reference);
    for (const source of Array.isArray(container.raw['envFrom']) ? container.raw['envFrom'].filter(isRecord) : []) {
      const configMap = isRecord(source['configMapRef']) ? source['configMapRef']['name'] : undefined;
      const secret = isRecord(source['secretRef']) ? source['secretRef']['name'] : undefined;
      const key = typeof configMap === 'string' ? `ConfigMap ${ns}/${configMap}` : typeof secret === 'string' ? `Secret ${ns}/${secret}` : undefined;
      const book =
        typeof configMap === 'string'
          ? data.configMaps.get(`${ns}/${configMap}`)
          : typeof secret === 'string'
            ? data.secrets.get(`${ns}/${secret}`)
            : undefined;
      if (!key) continue;
      if (!book) {
        if (source['optional'] !== true) report.ignore(`${at} loads ${key.replace(`${ns}/`, '')}, which is not among the manifests.`);
        continue;
      }
      const shared = sharedBooks.get(key)?.has(draft.name) ? key.replace(`${ns}/`, '') : undefined;
      for (const [entry, text] of entriesOf(book)) {
        known.set(entry, text);
        push({
          text,
          key: entry,
          where: `${book.where}: data.${entry} (envFrom in ${object.kind} ${object.name})`,
          form: 'setting',
          ...(shared ? { sharedBook: shared } : {}),
        });
      }
    }
    for (const variable of Array.isArray(container.raw['env']) ? container.raw['env'].filter(isRecord) : []) {
      const name = String(variable['name'] ?? '');
      const text = valueOf(variable, ns, data);
      if (text === undefined || text === '') continue;
      const expanded = expandKubernetesVariables(text, known);
      known.set(name, expanded);
      push({ text: expanded, key: name, where: `${at}: env ${name}`, form: 'setting' });
    }
    const command = [...stringsOf(container.raw['command']), ...stringsOf(container.raw['args'])]
      .map((part) => expandKubernetesVariables(part, known))
      .join(' ');
    if (command !== '') push({ text: command, key: '', where: `${at}: command`, form: 'command' });
  }
}

function valueOf(variable: Record<string, unknown>, ns: string, data: DataObjects): string | undefined {
  if (typeof variable['value'] === 'string') return variable['value'];
  if (typeof variable['value'] === 'number') return String(variable['value']);
  const from = isRecord(variable['valueFrom']) ? variable['valueFrom'] : undefined;
  if (!from) return undefined;
  const configMap = isRecord(from['configMapKeyRef']) ? from['configMapKeyRef'] : undefined;
  const ref = configMap ?? (isRecord(from['secretKeyRef']) ? from['secretKeyRef'] : undefined);
  if (!ref || typeof ref['name'] !== 'string' || typeof ref['key'] !== 'string') return undefined;
  const object = configMap ? data.configMaps.get(`${ns}/${ref['name']}`) : data.secrets.get(`${ns}/${ref['name']}`);
  return object ? entriesOf(object).get(ref['key']) : undefined;
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? [value] : [];
}

/** Files a workload mounts from ConfigMaps (nginx.conf, application.yml…), for the config readers. */
function mountedConfig(workload: Workload, data: DataObjects): KubernetesDrafts['mountedFiles'] {
  const volumes = (Array.isArray(workload.pod['volumes']) ? workload.pod['volumes'] : []).filter(isRecord);
  const files: Array<KubernetesDrafts['mountedFiles'][number]> = [];
  for (const volume of volumes) {
    const name = isRecord(volume['configMap']) ? volume['configMap']['name'] : undefined;
    if (typeof name !== 'string') continue;
    const configMap = data.configMaps.get(`${workload.object.namespace}/${name}`);
    if (!configMap) continue;
    for (const [key, content] of entriesOf(configMap)) {
      if (content.includes('\n') || /\.(conf|ya?ml|json|toml|properties)$/i.test(key))
        files.push({ draft: workload.draft, path: key, content, where: `${configMap.where}: data.${key}` });
    }
  }
  return files;
}
