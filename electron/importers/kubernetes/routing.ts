import { addedDraft, type ComponentDraft } from '../draft';
import type { ReportBuilder } from '../reportBuilder';
import { isRecord, stringMap, type KubeObject } from './manifests';
import { LabelIndex } from './labelIndex';
import type { Workload } from './workloads';

/** Ingress classes served by the cloud provider's load balancer rather than pods in the cluster. */
const cloudIngress = /^(gce|gce-internal|alb|aws-alb|azure-application-gateway|azure\/application-gateway|webapprouting\.kubernetes\.azure\.com)$/i;

/** Objects that route traffic in from outside, or describe traffic rules. */
export const routingKinds = new Set([
  'Ingress',
  'Gateway',
  'VirtualService',
  'HTTPRoute',
  'GRPCRoute',
  'TLSRoute',
  'TCPRoute',
  'DestinationRule',
  'ServiceEntry',
  'GatewayClass',
]);

/**
 * Ingresses put a managed load balancer in front of the workloads of their backend Services;
 * an Istio Gateway with its VirtualServices, or a Gateway API Gateway with its routes, becomes a
 * gateway component that routes to them. Mesh-internal rules (subsets, weights) are listed, not applied.
 */
export function addRoutes(
  objects: readonly KubeObject[],
  services: readonly KubeObject[],
  workloads: readonly Workload[],
  drafts: ComponentDraft[],
  report: ReportBuilder,
): void {
  const byLabels = new LabelIndex(workloads);
  const servicesByName = new Map(services.map((s) => [`${s.namespace}/${s.name}`, s]));
  const behind = (serviceName: string, namespace: string): Workload[] => {
    const service = servicesByName.get(`${namespace}/${serviceName}`);
    return service && isRecord(service.raw['spec']) ? byLabels.select(namespace, stringMap(service.raw['spec']['selector'])) : [];
  };
  const gateways = new Map<string, ComponentDraft>();
  const meshRules: string[] = [];
  // Istio's Gateway names the deployment that serves it: it goes first, so a Gateway API twin joins it.
  const ordered = [...objects].sort(
    (a, b) => Number(!a.apiVersion.startsWith('networking.istio.io')) - Number(!b.apiVersion.startsWith('networking.istio.io')),
  );
  for (const object of ordered) {
    const spec = isRecord(object.raw['spec']) ? object.raw['spec'] : {};
    if (object.kind === 'Ingress') ingress(object, spec, behind, report);
    else if (object.kind === 'Gateway') {
      const key = `${object.namespace}/${object.name}`;
      // The same Gateway written for Istio and for the Gateway API describes one entry: the first is used.
      const twin = gateways.get(key);
      if (twin)
        report.ignore(
          `${object.where}: a second Gateway named "${object.name}" (${object.apiVersion.split('/')[0]}); the routes of both go through "${twin.name}".`,
        );
      gateways.set(key, twin ?? gatewayDraft(object, spec, drafts, report));
    } else if (object.kind === 'ServiceEntry') serviceEntry(object, spec, drafts);
  }
  for (const object of objects) {
    const spec = isRecord(object.raw['spec']) ? object.raw['spec'] : {};
    if (object.kind === 'VirtualService') {
      const bound = stringsOf(spec['gateways'])
        .filter((g) => g !== 'mesh')
        .map((g) => gateways.get(g.includes('/') ? g : `${object.namespace}/${g}`));
      if (bound.length === 0) meshRules.push(`VirtualService ${object.name}`);
      for (const gateway of bound) if (gateway) addRouteReferences(gateway, object, destinations(spec));
    } else if (object.kind.endsWith('Route') && object.apiVersion.startsWith('gateway.networking.k8s.io')) {
      const parents = (Array.isArray(spec['parentRefs']) ? spec['parentRefs'] : [])
        .filter(isRecord)
        .map((p) => gateways.get(`${typeof p['namespace'] === 'string' ? p['namespace'] : object.namespace}/${String(p['name'] ?? '')}`));
      if (parents.every((p) => p === undefined)) meshRules.push(`${object.kind} ${object.name}`);
      for (const gateway of parents) if (gateway) addRouteReferences(gateway, object, backendRefs(spec));
    } else if (object.kind === 'DestinationRule') meshRules.push(`DestinationRule ${object.name}`);
  }
  if (meshRules.length > 0) {
    report.ignore(
      `Traffic rules inside the mesh were not applied (${meshRules.slice(0, 8).join(', ')}${meshRules.length > 8 ? ` and ${meshRules.length - 8} more` : ''}): they choose versions and weights; calls go to every workload behind a Service.`,
    );
  }
}

function ingress(object: KubeObject, spec: Record<string, unknown>, behind: (service: string, namespace: string) => Workload[], report: ReportBuilder): void {
  const className = typeof spec['ingressClassName'] === 'string' ? spec['ingressClassName'] : object.annotations['kubernetes.io/ingress.class'];
  const balancer = `${className ?? object.name} ingress`;
  const sticky =
    /cookie/i.test(object.annotations['nginx.ingress.kubernetes.io/affinity'] ?? '') ||
    /true/i.test(object.annotations['traefik.ingress.kubernetes.io/service.sticky.cookie'] ?? '');
  const backends = new Set<string>();
  const backendName = (backend: unknown) =>
    isRecord(backend) ? (isRecord(backend['service']) ? backend['service']['name'] : backend['serviceName']) : undefined;
  const fallback = backendName(spec['defaultBackend'] ?? spec['backend']);
  if (typeof fallback === 'string') backends.add(fallback);
  for (const rule of Array.isArray(spec['rules']) ? spec['rules'].filter(isRecord) : []) {
    const paths = isRecord(rule['http']) && Array.isArray(rule['http']['paths']) ? rule['http']['paths'].filter(isRecord) : [];
    for (const path of paths) {
      const name = backendName(path['backend']);
      if (typeof name === 'string') backends.add(name);
    }
  }
  for (const service of backends) {
    const targets = behind(service, object.namespace);
    if (targets.length === 0) report.ignore(`Ingress "${object.name}" routes to Service "${service}", which selects no workload among the manifests.`);
    for (const workload of targets) {
      workload.draft.entry = {
        how: 'ingress',
        where: object.where,
        balancer,
        ...(sticky ? { sticky: true } : {}),
        ...(cloudIngress.test(className ?? '') ? { cloudBalancer: true } : {}),
      };
    }
  }
}

function gatewayDraft(object: KubeObject, spec: Record<string, unknown>, drafts: ComponentDraft[], report: ReportBuilder): ComponentDraft {
  const istio = object.apiVersion.startsWith('networking.istio.io');
  const selector = stringMap(spec['selector']);
  const name = istio ? (selector['istio'] ? `istio-${selector['istio']}` : object.name) : object.name;
  const existing = drafts.find((d) => d.name === name);
  if (existing) return existing;
  const technology = istio
    ? 'Istio ingress gateway (Envoy)'
    : typeof spec['gatewayClassName'] === 'string'
      ? `Gateway API (${spec['gatewayClassName']})`
      : 'Gateway API';
  const reason = `${istio ? 'an Istio Gateway' : 'a Gateway API Gateway'} (${object.name}) routes outside traffic in through it`;
  const draft = addedDraft(name, { kind: 'api-gateway', reason, uncertain: false }, object.where, {
    image: technology,
    exposure: { internet: true },
    entry: { how: 'ingress', where: object.where },
  });
  drafts.push(draft);
  report.confirm(
    `"${name}" is run by the ${istio ? 'Istio' : 'gateway'} installation, not by these manifests: set how many instances it runs and whether it autoscales.`,
    { where: [object.where], component: name },
  );
  return draft;
}

/** A ServiceEntry names hosts outside the mesh: components, kept only when a workload names them. */
function serviceEntry(object: KubeObject, spec: Record<string, unknown>, drafts: ComponentDraft[]): void {
  if (spec['location'] === 'MESH_INTERNAL') return;
  for (const host of stringsOf(spec['hosts'])) {
    if (host.startsWith('*') || drafts.some((d) => d.name === host)) continue;
    const reason = `ServiceEntry "${object.name}" declares it as a host outside the mesh`;
    drafts.push(addedDraft(host, { kind: 'external-api', reason, uncertain: false }, object.where, { hosts: [host.toLowerCase()], optional: true }));
  }
}

function destinations(spec: Record<string, unknown>): Array<{ host: string; path: string }> {
  const found: Array<{ host: string; path: string }> = [];
  for (const protocol of ['http', 'tcp', 'tls', 'grpc']) {
    (Array.isArray(spec[protocol]) ? spec[protocol] : []).filter(isRecord).forEach((route, i) => {
      (Array.isArray(route['route']) ? route['route'] : []).filter(isRecord).forEach((target, j) => {
        const destination = isRecord(target['destination']) ? target['destination'] : {};
        if (typeof destination['host'] === 'string') found.push({ host: destination['host'], path: `${protocol}[${i}].route[${j}].destination.host` });
      });
    });
  }
  return found;
}

function backendRefs(spec: Record<string, unknown>): Array<{ host: string; path: string }> {
  const found: Array<{ host: string; path: string }> = [];
  (Array.isArray(spec['rules']) ? spec['rules'] : []).filter(isRecord).forEach((rule, i) => {
    (Array.isArray(rule['backendRefs']) ? rule['backendRefs'] : []).filter(isRecord).forEach((ref, j) => {
      if (typeof ref['name'] === 'string' && (ref['kind'] === undefined || ref['kind'] === 'Service'))
        found.push({ host: ref['name'], path: `rules[${i}].backendRefs[${j}]` });
    });
  });
  return found;
}

function addRouteReferences(gateway: ComponentDraft, object: KubeObject, targets: ReadonlyArray<{ host: string; path: string }>): void {
  for (const { host, path } of targets) {
    const qualified = host.includes('.') ? host : `${host}.${object.namespace}`;
    gateway.references.push({ text: qualified, key: 'host', where: `${object.where}: spec.${path}`, form: 'route' });
  }
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
