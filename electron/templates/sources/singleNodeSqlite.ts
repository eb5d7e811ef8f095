import type { Project } from '../../../shared/model/project';
import { TemplateBuilder } from './templateBuilder';

/** A small product on one virtual machine: the honest starting point most teams should begin from. */
export function singleNodeSqlite(): Project {
  const t = new TemplateBuilder('single-node-sqlite');
  const zone = t.zone('fsn1-dc14', 'eu-central (Falkenstein)');
  const users = t.component('Users', 'client', [0, 160], {
    description: 'Staff of a few hundred small businesses using the booking tool in a browser.',
    technology: 'Web browser',
  });
  const dns = t.component('DNS', 'dns', [0, 0], { technology: 'Cloudflare DNS', deployment: { managed: true } });
  const proxy = t.component('Reverse proxy', 'load-balancer', [300, 160], {
    technology: 'Caddy 2',
    description: 'Terminates TLS with automatic certificates and serves compressed static assets.',
    zoneIds: [zone],
    deployment: { instances: 1, healthCheck: false, managed: false },
    capacity: { ratePerInstance: 5_000, availability: 0.999 },
    api: { servesStaticAssets: true },
    exposure: { internet: true },
    observability: { logs: true },
  });
  const app = t.component('Booking app', 'service', [600, 160], {
    technology: 'Ruby on Rails 7 (Puma, 2 workers × 5 threads)',
    description: 'The whole product: pages, JSON API for the calendar widget, background jobs in-process.',
    tags: ['monolith'],
    zoneIds: [zone],
    deployment: { instances: 1, maxInstances: 1, autoscaling: false, scalingMode: 'vertical-only', healthCheck: false, managed: false },
    capacity: { ratePerInstance: 120, p99LatencyMs: 250, availability: 0.999, poolSize: 10 },
    state: { sessions: 'signed-cookie', localDiskWrites: true, inProcess: ['cache'] },
    api: { visibility: 'public', versioned: false, hasListEndpoints: true, listsPaginated: true, hasMutations: true, idempotencyKeys: false },
    heavyWork: ['email', 'pdf-report'],
    observability: { logs: true, metrics: false, tracing: false, alerts: false },
    testing: { unit: true, integration: true, loadTestedMultiple: 0, failoverTested: false },
  });
  const db = t.component('SQLite database', 'database', [900, 160], {
    technology: 'SQLite 3.45 (WAL mode) on the local SSD',
    description: 'Customers, bookings and invoices in one file beside the app.',
    zoneIds: [zone],
    deployment: { instances: 1, maxInstances: 1, scalingMode: 'single-writer', failover: 'none', managed: false },
    capacity: { ratePerInstance: 1_500, p99LatencyMs: 2, availability: 0.999, maxConnections: 10 },
    state: { durableData: true },
    data: {
      sizeGb: 3, growthGbPerMonth: 0.4, singleNodeLimitGb: 200, readReplicas: 0, partitioned: false,
      backups: { enabled: true, pointInTimeRecovery: true, restoreTested: false },
      retention: false, keyType: 'sequential', deletes: 'hard', auditTrail: true, indexesReviewed: false, readShare: 0.9,
    },
    observability: { logs: false, metrics: false },
  });
  const backups = t.component('Backup bucket', 'object-storage', [900, 340], {
    technology: 'Litestream replication to S3-compatible storage',
    description: 'Continuous copy of the SQLite WAL for point-in-time restore.',
    deployment: { managed: true },
    state: { durableData: true },
    data: { sizeGb: 10, growthGbPerMonth: 1, backups: { enabled: true } },
  });
  const email = t.component('Email provider', 'external-api', [600, 340], {
    technology: 'Postmark',
    description: 'Booking confirmations and password resets.',
    capacity: { ratePerInstance: 50, availability: 0.999 },
  });
  t.connect(users, dns, 'sync', { protocol: 'DNS', dependency: 'hard' });
  t.connect(users, proxy, 'sync', { protocol: 'HTTPS', timeoutMs: 30_000 });
  t.connect(proxy, app, 'sync', { protocol: 'HTTP/1.1', timeoutMs: 30_000 });
  t.connect(app, db, 'read', { protocol: 'SQLite', callsPerRequest: 6 });
  t.connect(app, db, 'write', { protocol: 'SQLite', callsPerRequest: 0.5, mutating: true });
  t.connect(db, backups, 'replication', { protocol: 'S3 API', dependency: 'soft' });
  t.connect(app, email, 'sync', { protocol: 'HTTPS', callsPerRequest: 0.02, timeoutMs: 10_000, mutating: true, retries: { max: 2, backoff: 'fixed' } });
  t.entry(users, 12);
  return t.build('Single-node app with SQLite', 'A booking tool for small businesses: one Rails app and its SQLite file on a single virtual machine, backed up continuously with Litestream. Cheap and simple; see what changes first when bookings grow tenfold.', {
    growthFactor: 10, availabilityTarget: 0.99, targetUtilization: 0.7, teamSize: 2, growthHorizonMonths: 12,
  });
}
