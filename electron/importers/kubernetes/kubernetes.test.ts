import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/ipc/errors';
import type { ImportNote } from '../../../shared/ipc/importReport';
import type { Project } from '../../../shared/model/project';
import { importFiles, type InputFile } from '../importFiles';

const folder = resolve(import.meta.dirname, '../../../test/fixtures/import/corner-bank/k8s');
const files: InputFile[] = readdirSync(folder).map((name) => ({ path: `corner-bank/k8s/${name}`, content: readFileSync(join(folder, name), 'utf8') }));

function byName(project: Project, name: string) {
  const component = project.components.find((c) => c.name === name);
  if (!component) throw new Error(`no component ${name}`);
  return component;
}

function edges(project: Project): string[] {
  const names = new Map(project.components.map((c) => [c.id as string, c.name]));
  return project.connections
    .map(
      (c) => `${names.get(c.from)} ${c.kind}${c.dependency ? `:${c.dependency}` : ''}${c.alternativeGroup ? `[${c.alternativeGroup}]` : ''} ${names.get(c.to)}`,
    )
    .sort();
}

const texts = (notes: readonly ImportNote[]) => notes.map((n) => n.text);

describe('importFiles: a folder of Kubernetes manifests', () => {
  const { project, report } = importFiles(files, { idSeed: 'k8s' });

  it('turns workloads into components named after them, and the project after their namespace', () => {
    expect(project.name).toBe('corner-bank');
    expect(Object.fromEntries(project.components.map((c) => [c.name, c.kind]))).toEqual({
      'accounts-v1': 'service',
      'accounts-v2': 'service',
      admin: 'service',
      statements: 'worker',
      'nightly-report': 'worker',
      ledger: 'service',
      'ledger-db': 'database',
      'accounts-db': 'database',
      sessions: 'cache',
      'events-kafka': 'stream',
      web: 'service',
      'smtp.mailgun.org': 'external-api',
      users: 'client',
      'nginx ingress': 'load-balancer',
      'web load balancer': 'load-balancer',
    });
    // The sidecar does not decide what web is.
    expect(byName(project, 'web').technology).toBe('registry.example.com/corner-bank/web:1.4');
  });

  it('connects workloads through the Services their settings name, ConfigMaps and Secrets included', () => {
    expect(edges(project)).toEqual([
      'accounts-v1 write accounts-db',
      'accounts-v2 write accounts-db',
      'admin sync ledger',
      'events-kafka async statements',
      'ledger async events-kafka',
      'ledger write ledger-db',
      'nginx ingress sync admin',
      'nightly-report write ledger-db',
      'statements sync smtp.mailgun.org',
      'users sync nginx ingress',
      'users sync web load balancer',
      'web load balancer sync web',
      'web read sessions',
      'web sync ledger',
      'web sync[accounts] accounts-v1',
      'web sync[accounts] accounts-v2',
    ]);
    const secret = report.guessed.find((n) => n.text.startsWith('"ledger" reads and writes "ledger-db"'));
    expect(secret?.where).toContain('corner-bank/k8s/ledger.yaml: Deployment ledger, container ledger: env DATABASE_URL');
  });

  it('offers, without making, the calls a shared address book suggests to a workload it names', () => {
    // accounts-v1 receives api-addresses, which web also receives and which names accounts itself.
    expect(report.suggested.map((s) => s.text)).toEqual([
      '"accounts-v1" receives the address of "ledger" through ConfigMap api-addresses, which other components receive too; it may not call it.',
    ]);
    expect(edges(project).some((e) => e.startsWith('accounts-v1 sync'))).toBe(false);
  });

  it('reads replicas, autoscalers, probes, disruption budgets and session affinity', () => {
    expect(byName(project, 'web').deployment).toEqual({ instances: 2, maxInstances: 12, autoscaling: true, autoscalingMetric: 'cpu 70%', healthCheck: true });
    expect(byName(project, 'ledger').deployment).toEqual({ instances: 3, healthCheck: true });
    expect(byName(project, 'accounts-v1').state).toEqual({ sessions: 'in-memory' });
    expect(byName(project, 'web').state).toEqual({ sessions: 'external-store' });
    expect(texts(report.evidence)).toContain('"web" keeps at least 1 available during node maintenance (PodDisruptionBudget "web").');
    // The nginx ingress controller runs in the cluster; a LoadBalancer Service gets the cloud's balancer.
    expect(byName(project, 'nginx ingress').deployment).toEqual({ stickySessions: true });
    expect(byName(project, 'web load balancer').deployment).toEqual({ managed: true, scalingMode: 'managed-elastic' });
    expect(texts(report.confirm)).toContain(
      '"nginx ingress" is an ingress controller running in the cluster, installed apart from these manifests: set how many instances it runs.',
    );
  });

  it('tells durable volumes from emptyDir, and reports stores reachable from outside', () => {
    expect(byName(project, 'ledger-db').state).toEqual({ durableData: true });
    expect(byName(project, 'accounts-db').state).toEqual({ durableData: true, localDiskWrites: true });
    expect(texts(report.confirm)).toContain(
      '"accounts-db" holds durable data on an emptyDir volume (/var/lib/postgresql/data): it is lost when the pod is deleted or rescheduled. Use a PersistentVolumeClaim, or confirm it holds nothing worth keeping.',
    );
    expect(texts(report.confirm)).toContain('"accounts-db" is reachable from outside (a NodePort Service): a store should be reachable only by its services.');
    expect(texts(report.confirm)).toContain('"events-kafka" has no PersistentVolumeClaim: its log is lost when the pod is deleted or rescheduled.');
  });

  it('lists the kinds of objects it did not model', () => {
    expect(report.ignored).toContain('Kubernetes objects that change nothing a scaling review models: 1 NetworkPolicy, 1 ServiceAccount.');
  });
});

describe('importFiles: Kubernetes edge cases', () => {
  const deployment = (name: string, env = '') =>
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  selector: { matchLabels: { app: ${name} } }\n  template:\n    metadata: { labels: { app: ${name} } }\n    spec:\n      containers:\n        - name: ${name}\n          image: acme/${name}:1${env}\n`;
  const service = (name: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  selector: { app: ${name} }\n  ports: [{ port: 80 }]\n`;

  it('reads kubectl List output and JSON', () => {
    const list = {
      apiVersion: 'v1',
      kind: 'List',
      items: [
        {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          metadata: { name: 'api' },
          spec: { template: { metadata: { labels: { app: 'api' } }, spec: { containers: [{ name: 'api', image: 'acme/api:1' }] } } },
        },
      ],
    };
    const { project } = importFiles([{ path: 'cluster.json', content: JSON.stringify(list) }]);
    expect(project.components.map((c) => c.name)).toEqual(['api']);
  });

  it('routes an Istio gateway through its VirtualService, and keeps unnamed ServiceEntry hosts out', () => {
    const gateway =
      'apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata:\n  name: shop-gateway\nspec:\n  selector: { istio: ingressgateway }\n---\napiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: shop\nspec:\n  gateways: [shop-gateway]\n  http:\n    - route:\n        - destination: { host: front }\n---\napiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: books\nspec:\n  hosts: [www.googleapis.com, api.stripe.com]\n';
    const env = '\n          env:\n            - name: PAYMENTS_URL\n              value: https://api.stripe.com/v1';
    const { project, report } = importFiles([{ path: 'shop.yaml', content: [deployment('front', env), service('front'), gateway].join('---\n') }]);
    expect(edges(project)).toEqual(['front sync api.stripe.com', 'istio-ingressgateway sync front', 'users sync istio-ingressgateway']);
    expect(report.ignored.some((t) => t.startsWith('"www.googleapis.com": declared outside the system'))).toBe(true);
  });

  it('reaches a Service whose manifest states no namespace by its full name in any namespace, and one that states it only in its own', () => {
    const env = (value: string) => `\n          env:\n            - name: ORDERS_URL\n              value: ${value}`;
    const inShop = (manifest: string) => manifest.replace('name: orders\n', 'name: orders\n  namespace: shop\n');
    const inOwn = `${inShop(deployment('orders'))}---\n${inShop(service('orders'))}`;
    const unstated = `${deployment('orders')}---\n${service('orders')}`;
    const calls = (value: string, orders: string) =>
      edges(importFiles([{ path: 'a.yaml', content: `${deployment('web', env(value))}---\n${orders}` }]).project);
    // As `helm template -n shop` renders them: addresses with the namespace, objects without one.
    expect(calls('http://orders.shop.svc.cluster.local/api', unstated)).toEqual(['web sync orders']);
    expect(calls('orders.shop.svc:80', unstated)).toEqual(['web sync orders']);
    expect(calls('http://orders.shop.svc.cluster.local/api', inOwn)).toEqual(['web sync orders']);
    expect(calls('http://orders.billing.svc.cluster.local/api', inOwn)).toEqual([]);
  });

  it('reaches a StatefulSet pod by its own name under the Service that governs it', () => {
    const statefulSet = (name: string, serviceName: string) =>
      `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: ${name}\nspec:\n  serviceName: ${serviceName}\n  replicas: 3\n  selector: { matchLabels: { app: ${name} } }\n  template:\n    metadata: { labels: { app: ${name} } }\n    spec:\n      containers:\n        - name: ${name}\n          image: mongo:7\n`;
    const env = (value: string) => `\n          env:\n            - name: MONGO_URI\n              value: ${value}`;
    const calls = (value: string, governing = 'store') => {
      const content = [deployment('web', env(value)), statefulSet('store', governing), service('store')].join('---\n');
      return edges(importFiles([{ path: 'a.yaml', content }]).project);
    };
    expect(calls('mongodb://store-0.store:27017,store-1.store:27017/app?replicaSet=rs0')).toEqual(['web write store']);
    // One pod's address alone is not a host outside the system.
    expect(calls('mongodb://store-2.store.default.svc.cluster.local:27017/app')).toEqual(['web write store']);
    // Pod names resolve only under the Service named in serviceName.
    expect(calls('mongodb://store-0.store:27017/app', 'store-headless')).not.toContain('web write store');
  });

  it('keeps an init container that waits for a dependency as start-up order', () => {
    const waits = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    metadata: { labels: { app: api } }\n    spec:\n      initContainers:\n        - name: wait\n          image: busybox\n          command: ["sh", "-c", "until nc -z registry 8761; do sleep 1; done"]\n      containers:\n        - name: api\n          image: acme/api:1\n`;
    const { project } = importFiles([{ path: 'a.yaml', content: [waits, deployment('registry'), service('registry')].join('---\n') }]);
    expect(edges(project)).toEqual(['api sync:startup registry']);
  });

  it('refuses malformed YAML in a later document with its file, line and column', () => {
    const content = `${deployment('a')}---\nkind: Service\nmetadata:\n  name: a\n   selector: {}\n`;
    try {
      importFiles([{ path: 'k8s/a.yaml', content }]);
      expect.unreachable('malformed YAML was accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).message).toMatch(/^k8s\/a\.yaml is not valid YAML at line 16, column 9: Nested mappings/);
      expect((error as AppError).problems?.[0]).toMatchObject({ path: 'k8s/a.yaml', line: 16, column: 9 });
    }
  });

  it('imports the compose deployment when a folder also holds manifests, and says so', () => {
    const { project, report } = importFiles([
      { path: 'shop/docker-compose.yml', content: 'services:\n  web:\n    image: acme/web:1\n' },
      { path: 'shop/k8s/web.yaml', content: deployment('web') },
    ]);
    expect(project.components.map((c) => c.name)).toEqual(['web']);
    expect(report.ignored).toContain(
      'shop/k8s/web.yaml: Kubernetes manifests of the same system; the compose deployment was imported. Import the manifests on their own to model that deployment.',
    );
  });
});
