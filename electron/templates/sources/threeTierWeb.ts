import type { Project } from '../../../shared/model/project';
import { TemplateBuilder } from './templateBuilder';

/** The classic web application: CDN, load balancer, stateless app tier, cache and a primary database. */
export function threeTierWeb(): Project {
  const t = new TemplateBuilder('three-tier-web');
  const a = t.zone('eu-west-1a', 'eu-west-1');
  const b = t.zone('eu-west-1b', 'eu-west-1');
  const browsers = t.component('Shoppers', 'client', [0, 200], { technology: 'Web browsers and the mobile web', description: 'Visitors browsing the catalogue and checking out.' });
  const cdn = t.component('CDN', 'cdn', [300, 60], {
    technology: 'Amazon CloudFront',
    description: 'Serves images, scripts and styles from edge locations.',
    deployment: { managed: true },
    cache: { ttlSeconds: 86_400, invalidation: 'explicit-evict', hitRatio: 0.92 },
    exposure: { internet: true },
  });
  const assets = t.component('Static assets', 'object-storage', [600, 60], {
    technology: 'Amazon S3', description: 'Product images and the built front end.', deployment: { managed: true },
    state: { durableData: true }, data: { sizeGb: 350, growthGbPerMonth: 15, backups: { enabled: true }, retention: true },
  });
  const alb = t.component('Load balancer', 'load-balancer', [300, 200], {
    technology: 'AWS Application Load Balancer',
    zoneIds: [a, b],
    deployment: { managed: true, healthCheck: true, stickySessions: false, scalingMode: 'managed-elastic' },
    exposure: { internet: true },
    observability: { logs: true, metrics: true, alerts: true },
  });
  const web = t.component('Shop app', 'service', [600, 200], {
    technology: 'Node.js 24 (Next.js server) on ECS Fargate',
    description: 'Renders catalogue and checkout pages and serves the shop API.',
    zoneIds: [a, b],
    deployment: { instances: 4, maxInstances: 12, autoscaling: true, autoscalingMetric: 'CPU 60%', scalingMode: 'horizontal', healthCheck: true, managed: true },
    capacity: { ratePerInstance: 300, p99LatencyMs: 180, availability: 0.999, poolSize: 10 },
    state: { sessions: 'external-store', localDiskWrites: false },
    api: { visibility: 'public', versioned: true, hasListEndpoints: true, listsPaginated: true, hasMutations: true, idempotencyKeys: false, servesStaticAssets: false },
    heavyWork: ['email'],
    observability: { logs: true, metrics: true, tracing: false, alerts: true },
    testing: { unit: true, integration: true, loadTestedMultiple: 2, failoverTested: false },
  });
  const cache = t.component('Session and page cache', 'cache', [900, 340], {
    technology: 'Amazon ElastiCache for Redis 7',
    description: 'Sessions and rendered catalogue fragments.',
    zoneIds: [a],
    deployment: { instances: 1, managed: true, failover: 'none' },
    capacity: { ratePerInstance: 40_000, maxConnections: 65_000 },
    cache: { ttlSeconds: 300, invalidation: 'ttl-only', hitRatio: 0.8, treatedAsDurable: false },
    observability: { metrics: true, alerts: false },
  });
  const db = t.component('Orders database', 'database', [900, 200], {
    technology: 'PostgreSQL 16 on Amazon RDS',
    description: 'Products, customers, carts and orders.',
    zoneIds: [a, b],
    deployment: { instances: 1, scalingMode: 'single-writer', failover: 'standby', managed: true },
    capacity: { ratePerInstance: 4_000, p99LatencyMs: 8, availability: 0.9995, maxConnections: 400 },
    state: { durableData: true },
    data: {
      sizeGb: 180, growthGbPerMonth: 9, singleNodeLimitGb: 4_000, readReplicas: 0, partitioned: false,
      backups: { enabled: true, pointInTimeRecovery: true, restoreTested: true },
      retention: false, keyType: 'sequential', deletes: 'soft', auditTrail: true, indexesReviewed: true, readShare: 0.85,
    },
    observability: { logs: true, metrics: true, alerts: true },
    testing: { failoverTested: true },
  });
  const payments = t.component('Payment provider', 'external-api', [900, 60], {
    technology: 'Stripe', description: 'Card payments at checkout.', capacity: { ratePerInstance: 100, availability: 0.9999 },
  });
  t.connect(browsers, cdn, 'sync', { protocol: 'HTTPS', callsPerRequest: 4, dependency: 'soft' });
  t.connect(cdn, assets, 'read', { protocol: 'HTTPS', callsPerRequest: 0.08 });
  t.connect(browsers, alb, 'sync', { protocol: 'HTTPS', timeoutMs: 30_000 });
  t.connect(alb, web, 'sync', { protocol: 'HTTP/1.1', timeoutMs: 15_000 });
  t.connect(web, cache, 'read', { protocol: 'RESP', callsPerRequest: 2, timeoutMs: 50, fallback: true, dependency: 'soft' });
  t.connect(web, db, 'read', { protocol: 'PostgreSQL', callsPerRequest: 3, timeoutMs: 2_000, cachedBy: cache });
  t.connect(web, db, 'write', { protocol: 'PostgreSQL', callsPerRequest: 0.3, timeoutMs: 2_000, mutating: true });
  t.connect(web, payments, 'sync', { protocol: 'HTTPS', callsPerRequest: 0.01, timeoutMs: 10_000, mutating: true, idempotent: true, retries: { max: 2, backoff: 'exponential', jitter: true }, circuitBreaker: false });
  t.entry(browsers, 450);
  return t.build('Three-tier web app', 'An online shop: CDN for assets, a load-balanced Next.js tier over two zones, Redis for sessions and fragments, and PostgreSQL with a standby. See which tier a tenfold sale day saturates first.', {
    growthFactor: 10, availabilityTarget: 0.999, targetUtilization: 0.7, teamSize: 6, growthHorizonMonths: 24,
  });
}
