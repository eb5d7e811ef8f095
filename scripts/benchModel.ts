import { CURRENT_SCHEMA_VERSION, Project } from '../shared/model/project';
import type { ComponentKind } from '../shared/model/component';
import { seededRandom as random } from '../electron/engine/testing/seededRandom';

const uuid = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/**
 * A layered model of about `size` components and 3 connections per component:
 * clients (entry points) → gateways → services (calling deeper services, a few calling back up:
 * cycles; some calling one of two replicas: alternative groups) → databases, caches, queues →
 * workers. Deterministic for a given size.
 */
export function layeredModel(size: number): Project {
  const rnd = random(size);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const components: Record<string, unknown>[] = [];
  const connections: Record<string, unknown>[] = [];
  // A team running thousands of components has habits: most components are observed and tested,
  // most stores backed up, most calls time out. Without them every component reports every
  // "missing X" rule, which measures message formatting rather than a realistic check.
  const habits = (kind: ComponentKind): Record<string, unknown> => {
    if (kind === 'client' || rnd() < 0.2) return {};
    const store = kind === 'database' || kind === 'cache' || kind === 'queue';
    return {
      observability: { logs: true, metrics: true, tracing: true, alerts: true },
      ...(store ? {} : { testing: { unit: true, integration: true, loadTestedMultiple: 10 } }),
    };
  };
  const add = (kind: ComponentKind, name: string, fields: Record<string, unknown> = {}) => {
    const id = uuid('b0000000', components.length + 1);
    components.push({ id, name, kind, ...habits(kind), ...fields });
    return id;
  };
  const connect = (from: string, to: string, kind: string, fields: Record<string, unknown> = {}) => {
    const timeout = kind !== 'async' && rnd() < 0.9 ? { timeoutMs: 1000 } : {};
    connections.push({ id: uuid('b000000e', connections.length + 1), from, to, kind, ...timeout, ...fields });
  };
  const clients = Array.from({ length: Math.max(2, Math.round(size * 0.01)) }, (_, i) => add('client', `client-${i}`));
  const gateways = Array.from({ length: Math.max(2, Math.round(size * 0.03)) }, (_, i) =>
    add(i % 2 ? 'api-gateway' : 'load-balancer', `gateway-${i}`, { deployment: { instances: 2 } }),
  );
  const layers = 4;
  const perLayer = Math.max(2, Math.round((size * 0.5) / layers));
  const services = Array.from({ length: layers }, (_, l) =>
    Array.from({ length: perLayer }, (_, i) =>
      add('service', `svc-${l}-${i}`, {
        deployment: { instances: 1 + Math.floor(rnd() * 4), autoscaling: rnd() < 0.7, healthCheck: true, ...(rnd() < 0.2 ? { maxInstances: 8 } : {}) },
        capacity: { ratePerInstance: 200 + Math.floor(rnd() * 800) },
        ...(rnd() < 0.05 ? { state: { sessions: 'in-memory' } } : {}),
        ...(rnd() < 0.05 ? { heavyWork: ['pdf-report'] } : {}),
      }),
    ),
  );
  const storeCount = Math.max(3, Math.round(size * 0.3));
  const databases = Array.from({ length: Math.ceil(storeCount * 0.5) }, (_, i) =>
    add('database', `db-${i}`, {
      deployment: { failover: rnd() < 0.7 ? 'standby' : 'none' },
      data: {
        sizeGb: Math.floor(rnd() * 3000),
        growthGbPerMonth: Math.floor(rnd() * 50),
        backups: { enabled: rnd() < 0.9, pointInTimeRecovery: true, restoreTested: true },
        indexesReviewed: rnd() < 0.8,
        retention: rnd() < 0.6,
      },
    }),
  );
  const caches = Array.from({ length: Math.ceil(storeCount * 0.3) }, (_, i) => add('cache', `cache-${i}`, { cache: { hitRatio: 0.8, ttlSeconds: 300 } }));
  const queues = Array.from({ length: Math.ceil(storeCount * 0.2) }, (_, i) =>
    add('queue', `queue-${i}`, { messaging: { durable: rnd() < 0.8, deadLetterQueue: rnd() < 0.8, depthAlert: true, delivery: 'at-least-once' } }),
  );
  const workers = Array.from({ length: Math.max(1, size - components.length) }, (_, i) => add('worker', `worker-${i}`));

  for (const client of clients) connect(client, pick(gateways), 'sync');
  for (const gateway of gateways) for (let k = 0; k < 5; k++) connect(gateway, pick(services[0]!), 'sync', { callsPerRequest: 0.3 });
  services.forEach((layer, l) => {
    for (const service of layer) {
      if (l + 1 < layers) {
        connect(service, pick(services[l + 1]!), 'sync', { callsPerRequest: 0.5, timeoutMs: 500, retries: { max: rnd() < 0.3 ? 2 : 0 } });
        if (rnd() < 0.5) connect(service, pick(services[l + 1]!), 'sync', { callsPerRequest: 0.3, timeoutMs: 500 });
        if (rnd() < 0.1) {
          const group = { alternativeGroup: 'replicas', callsPerRequest: 0.2 };
          connect(service, pick(services[l + 1]!), 'sync', group);
          connect(service, pick(services[l + 1]!), 'sync', group);
        }
      }
      // A few calls back up a layer make cycles.
      if (l > 0 && rnd() < 0.02) connect(service, pick(services[l - 1]!), 'sync', { callsPerRequest: 0.05 });
      const db = pick(databases);
      connect(service, db, rnd() < 0.7 ? 'read' : 'write', rnd() < 0.3 ? { cachedBy: pick(caches) } : {});
      connect(service, pick(databases), 'write');
      if (rnd() < 0.5) connect(service, pick(queues), 'async', { callsPerRequest: 0.1 });
      if (rnd() < 0.5) connect(service, pick(caches), 'read', { callsPerRequest: 2 });
    }
  });
  for (const worker of workers) {
    connect(pick(queues), worker, 'async');
    connect(worker, pick(databases), 'write');
    connect(worker, pick(caches), 'read');
  }
  return Project.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: uuid('b000000f', size),
    name: `bench ${size}`,
    components,
    connections,
    workload: { entryPoints: clients.map((componentId) => ({ componentId, peakRps: 50 + Math.floor(rnd() * 500) })) },
  });
}

/**
 * An event-driven model of about `size` components and 3 connections per component: clients →
 * gateways → services, which call each other (rings of 3–6 services: call cycles), write to
 * databases and publish to brokers; consumers (workers and services) subscribe to the brokers and
 * many publish in reaction, some to the broker they consume from. A third of the brokers name
 * topics (fanout, pub-sub or work queues), the rest leave subscriptions unstated, so the model
 * has both loops that Tenfold can follow as flows and loops it must name. Deterministic for a size.
 */
export function eventDrivenModel(size: number): Project {
  const rnd = random(size + 7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const components: Record<string, unknown>[] = [];
  const connections: Record<string, unknown>[] = [];
  const observed = { observability: { logs: true, metrics: true, tracing: true, alerts: true } };
  const add = (kind: ComponentKind, name: string, fields: Record<string, unknown> = {}) => {
    const id = uuid('e0000000', components.length + 1);
    components.push({ id, name, kind, ...(kind === 'client' ? {} : observed), ...fields });
    return id;
  };
  const connect = (from: string, to: string, kind: string, fields: Record<string, unknown> = {}) => {
    connections.push({ id: uuid('e000000e', connections.length + 1), from, to, kind, ...(kind === 'async' ? {} : { timeoutMs: 800 }), ...fields });
  };
  const clients = Array.from({ length: Math.max(2, Math.round(size * 0.01)) }, (_, i) => add('client', `client-${i}`));
  const gateways = Array.from({ length: Math.max(2, Math.round(size * 0.02)) }, (_, i) => add('api-gateway', `gateway-${i}`, { deployment: { instances: 3 } }));
  const services = Array.from({ length: Math.round(size * 0.45) }, (_, i) =>
    add('service', `svc-${i}`, { deployment: { instances: 2, autoscaling: true, healthCheck: true } }),
  );
  const databases = Array.from({ length: Math.round(size * 0.2) }, (_, i) =>
    add('database', `db-${i}`, { deployment: { failover: 'standby' }, data: { backups: { enabled: true, pointInTimeRecovery: true } } }),
  );
  const topics = ['created', 'updated', 'paid', 'shipped', 'cancelled', 'refunded'];
  const patterns = ['fanout', 'pub-sub', 'work-queue'] as const;
  const brokers = Array.from({ length: Math.max(2, Math.round(size * 0.02)) }, (_, i) => ({
    id: add(i % 2 ? 'stream' : 'queue', `broker-${i}`, {
      messaging: { durable: true, deadLetterQueue: true, depthAlert: true, ...(i % 3 === 0 ? { pattern: patterns[(i / 3) % 3] } : {}) },
    }),
    named: i % 3 === 0,
  }));
  const workers = Array.from({ length: Math.max(1, size - components.length) }, (_, i) =>
    add('worker', `worker-${i}`, { deployment: { instances: 2, autoscaling: true } }),
  );
  const topicsFor = (named: boolean) => (named ? { topics: [pick(topics), pick(topics)] } : {});

  for (const client of clients) connect(client, pick(gateways), 'sync');
  for (const gateway of gateways) for (let k = 0; k < 8; k++) connect(gateway, pick(services), 'sync', { callsPerRequest: 0.2 });
  for (let i = 0; i < services.length; i++) {
    const service = services[i]!;
    connect(service, pick(databases), rnd() < 0.6 ? 'read' : 'write');
    if (rnd() < 0.6) connect(service, pick(services), 'sync', { callsPerRequest: 0.5 });
    if (rnd() < 0.5) {
      const broker = pick(brokers);
      connect(service, broker.id, 'async', topicsFor(broker.named));
    }
    // Rings of 3 to 6 services calling round: call cycles.
    if (i % 40 === 0) {
      const ring = services.slice(i, i + 3 + (i % 4));
      ring.forEach((member, k) => connect(member, ring[(k + 1) % ring.length]!, 'sync'));
    }
  }
  for (const worker of workers) {
    const from = pick(brokers);
    connect(from.id, worker, 'async', topicsFor(from.named));
    connect(worker, pick(databases), 'write');
    // Many consumers publish in reaction; some to the broker they consume from.
    if (rnd() < 0.4) {
      const to = rnd() < 0.5 ? from : pick(brokers);
      connect(worker, to.id, 'async', topicsFor(to.named));
    }
  }
  return Project.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: uuid('e000000f', size),
    name: `event-driven ${size}`,
    components,
    connections,
    workload: { entryPoints: clients.map((componentId) => ({ componentId, peakRps: 50 + Math.floor(rnd() * 500) })) },
  });
}
