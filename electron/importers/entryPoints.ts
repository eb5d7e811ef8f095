import { storeKinds, type ComponentKind } from '../../shared/model/component';
import { addedDraft, type ComponentDraft, type ConnectionDraft } from './draft';
import type { ReportBuilder } from './reportBuilder';
import { addedByImport } from './assemble';

/** Kinds that are never where users come in, even with a published port. */
const notEntries: readonly ComponentKind[] = [
  'database',
  'cache',
  'queue',
  'stream',
  'object-storage',
  'search',
  'monitoring',
  'external-api',
  'client',
  'registry',
];
const edgeKinds: readonly ComponentKind[] = ['load-balancer', 'api-gateway', 'cdn'];

/**
 * Where traffic comes in: components reachable from outside (published ports, NodePort and
 * LoadBalancer Services, ingresses). When some of them are balancers or gateways, only those are
 * entry points, and the others' open ports are reported as a way around them. A client ("users")
 * is added in front; Kubernetes load balancers and ingresses become managed load balancers.
 */
export function addEntryPoints(drafts: ComponentDraft[], connections: ConnectionDraft[], report: ReportBuilder): void {
  for (const store of drafts.filter((d) => d.entry !== undefined && storeKinds.includes(d.kind))) {
    report.confirm(`"${store.name}" is reachable from outside (${entryPhrase(store.entry!.how)}): a store should be reachable only by its services.`, {
      where: [store.entry!.where],
      component: store.name,
    });
  }
  const candidates = drafts.filter((d) => d.entry !== undefined && !notEntries.includes(d.kind) && d.deployment.instances !== 0);
  const called = new Set(connections.filter((c) => c.kind !== 'async' && c.dependency !== 'startup').map((c) => c.to));
  // A NodePort, a LoadBalancer Service or an ingress is exposure someone chose: an entry unless
  // the component is also called from inside (then its port is a way around the front).
  const platform = candidates.filter(
    (d) => d.entry!.how !== 'published-port' && (d.entry!.balancer !== undefined || edgeKinds.includes(d.kind) || !called.has(d.name)),
  );
  // Compose publishes ports for debugging as readily as for users: proxies first, then what nothing calls.
  const published = candidates.filter((d) => d.entry!.how === 'published-port');
  const publishedEdges = published.filter((d) => edgeKinds.includes(d.kind));
  const publishedUncalled = published.filter((d) => !called.has(d.name));
  const publishedFronts = publishedEdges.length > 0 ? publishedEdges : publishedUncalled.length > 0 ? publishedUncalled : platform.length > 0 ? [] : published;
  const fronts = [...platform, ...publishedFronts];
  const frontSet = new Set(fronts);
  const bypass = candidates.filter((d) => !frontSet.has(d));
  if (bypass.length > 0 && fronts.length > 0) {
    report.confirm(
      `${listNames(bypass)} ${bypass.length === 1 ? 'is' : 'are'} reachable from outside too, around ${listNames(fronts)}: taken as internal, not as entry points. Close ${bypass.length === 1 ? 'that port' : 'those ports'} or add ${bypass.length === 1 ? 'it' : 'them'} as entry points.`,
      { where: bypass.map((d) => d.entry!.where) },
    );
  }
  const clients = drafts.filter((d) => d.kind === 'client');
  if (fronts.length === 0) {
    report.confirm(
      clients.length > 0
        ? `No component is reachable from outside; only the load generator${clients.length === 1 ? '' : 's'} ${listNames(clients)} send${clients.length === 1 ? 's' : ''} traffic.`
        : 'No component is reachable from outside: add a client as the entry point, connect it to the front of the system and set its peak requests per second.',
    );
    return;
  }
  const users = addClient(drafts);
  const balancers = new Map<string, ComponentDraft>();
  for (const front of fronts) {
    const entry = front.entry!;
    if (entry.balancer === undefined) {
      connections.push({ from: users.name, to: front.name, kind: 'sync', evidence: [entry.where] });
      report.evidence(`Users reach "${front.name}" from outside (${entryPhrase(entry.how)}).`, { where: [entry.where], connection: [users.name, front.name] });
      continue;
    }
    let balancer = balancers.get(entry.balancer);
    if (!balancer) {
      balancer = managedBalancer(entry.balancer, entry.where, drafts, entry.cloudBalancer === true);
      if (!entry.cloudBalancer)
        report.confirm(
          `"${balancer.name}" is an ingress controller running in the cluster, installed apart from these manifests: set how many instances it runs.`,
          { where: [entry.where], component: balancer.name },
        );
      if (entry.sticky) {
        balancer.deployment.stickySessions = true;
        report.evidence(`"${balancer.name}" pins each client to one instance (sticky sessions).`, { where: [entry.where], component: balancer.name });
      }
      balancers.set(entry.balancer, balancer);
      drafts.push(balancer);
      connections.push({ from: users.name, to: balancer.name, kind: 'sync', evidence: [entry.where] });
      report.evidence(`Users reach the system through "${balancer.name}" (${entryPhrase(entry.how)}).`, { where: [entry.where], component: balancer.name });
    }
    connections.push({ from: balancer.name, to: front.name, kind: 'sync', evidence: [entry.where] });
  }
  report.confirm(
    `No traffic figures come from deployment files: set the peak requests per second of "${users.name}"${clients.length > 0 ? ` and of ${listNames(clients)}` : ''} (${clients.length > 0 ? 'their entry points start' : 'its entry point starts'} at 0).`,
    { component: users.name },
  );
}

function addClient(drafts: ComponentDraft[]): ComponentDraft {
  const taken = new Set(drafts.map((d) => d.name));
  const name = taken.has('users') ? 'users (outside)' : 'users';
  const client = addedDraft(
    name,
    { kind: 'client', reason: 'it stands for the people and systems that call in from outside', uncertain: false },
    addedByImport,
    { listens: false },
  );
  drafts.push(client);
  return client;
}

function managedBalancer(name: string, where: string, drafts: readonly ComponentDraft[], cloud: boolean): ComponentDraft {
  const taken = new Set(drafts.map((d) => d.name));
  const unique = taken.has(name) ? `${name} (load balancer)` : name;
  const reason = cloud ? 'the cloud provider provisions it for the Service or ingress' : 'an ingress controller serves the ingress routes';
  return addedDraft(unique, { kind: 'load-balancer', reason, uncertain: !cloud }, where, {
    // A cloud provider's balancer scales and fails over on its own; an in-cluster controller is pods.
    deployment: cloud ? { managed: true, scalingMode: 'managed-elastic' } : {},
    exposure: { internet: true },
  });
}

function entryPhrase(how: NonNullable<ComponentDraft['entry']>['how']): string {
  switch (how) {
    case 'published-port':
      return 'a port published to the host';
    case 'node-port':
      return 'a NodePort Service';
    case 'load-balancer':
      return 'a Service of type LoadBalancer';
    case 'ingress':
      return 'an ingress route';
  }
}

/** '"a", "b" and "c"', or the first ten and a count. */
export function listNames(drafts: readonly ComponentDraft[]): string {
  const names = drafts.map((d) => `"${d.name}"`);
  if (names.length > 10) return `${names.slice(0, 10).join(', ')} and ${names.length - 10} more`;
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
