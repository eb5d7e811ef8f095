import type { Project } from '../../../shared/model/project';
import { TemplateBuilder } from './templateBuilder';

/** A B2B SaaS: a stateless API, a relational primary, and a queue feeding workers for heavy jobs. */
export function saasQueueWorkers(): Project {
  const t = new TemplateBuilder('saas-queue-workers');
  const a = t.zone('us-east-1a', 'us-east-1');
  const b = t.zone('us-east-1b', 'us-east-1');
  const c = t.zone('us-east-1c', 'us-east-1');
  const customers = t.component('Customer users', 'client', [0, 200], { technology: 'Single-page app (React) and public API clients', description: 'Teams using the invoicing product and integrations calling its API.' });
  const gateway = t.component('API gateway', 'api-gateway', [300, 200], {
    technology: 'Amazon API Gateway (HTTP API)',
    description: 'TLS, per-tenant rate limits and request logging in front of the API.',
    zoneIds: [a, b, c],
    deployment: { managed: true, scalingMode: 'managed-elastic', healthCheck: true },
    capacity: { ratePerInstance: 10_000, availability: 0.9995 },
    exposure: { internet: true },
    observability: { logs: true, metrics: true, alerts: true },
  });
  const auth = t.component('Identity provider', 'identity', [300, 380], {
    technology: 'Auth0', description: 'Sign-in, SSO and token issuing.', deployment: { managed: true, scalingMode: 'managed-elastic' },
    capacity: { ratePerInstance: 2_000, availability: 0.9999 },
  });
  const api = t.component('Invoicing API', 'service', [600, 200], {
    technology: 'Python 3.12 (FastAPI, Gunicorn + Uvicorn) on ECS Fargate',
    description: 'Tenants, customers, invoices and payments; enqueues every slow job.',
    zoneIds: [a, b, c],
    deployment: { instances: 6, maxInstances: 30, autoscaling: true, autoscalingMetric: 'requests per target', scalingMode: 'horizontal', healthCheck: true, managed: true },
    capacity: { ratePerInstance: 250, p99LatencyMs: 220, availability: 0.999, poolSize: 15 },
    state: { sessions: 'none', localDiskWrites: false },
    api: { visibility: 'public', versioned: true, hasListEndpoints: true, listsPaginated: true, hasMutations: true, idempotencyKeys: true },
    observability: { logs: true, metrics: true, tracing: true, alerts: true },
    testing: { unit: true, integration: true, loadTestedMultiple: 3, failoverTested: false },
  });
  const db = t.component('Tenant database', 'database', [900, 200], {
    technology: 'Amazon Aurora PostgreSQL 16',
    description: 'All tenants in one schema, keyed by tenant id.',
    zoneIds: [a, b],
    deployment: { instances: 1, scalingMode: 'single-writer', failover: 'standby', managed: true },
    capacity: { ratePerInstance: 6_000, p99LatencyMs: 6, availability: 0.9999, maxConnections: 1_000 },
    state: { durableData: true },
    data: {
      sizeGb: 900, growthGbPerMonth: 45, singleNodeLimitGb: 16_000, readReplicas: 1, partitioned: false,
      backups: { enabled: true, pointInTimeRecovery: true, restoreTested: true },
      retention: true, keyType: 'uuid', deletes: 'soft', auditTrail: true, indexesReviewed: true, readShare: 0.75,
    },
    observability: { logs: true, metrics: true, alerts: true },
    testing: { failoverTested: true },
  });
  const redis = t.component('Rate-limit and cache store', 'cache', [900, 380], {
    technology: 'Amazon ElastiCache for Redis 7 (cluster mode)',
    zoneIds: [a, b],
    deployment: { instances: 2, managed: true, failover: 'standby' },
    capacity: { ratePerInstance: 50_000, maxConnections: 65_000 },
    cache: { ttlSeconds: 120, invalidation: 'write-through', hitRatio: 0.7, treatedAsDurable: false },
    observability: { metrics: true, alerts: true },
  });
  const queue = t.component('Job queue', 'queue', [900, 30], {
    technology: 'Amazon SQS (standard queue)',
    description: 'PDF rendering, email sending and nightly exports.',
    deployment: { managed: true, scalingMode: 'managed-elastic' },
    messaging: { durable: true, deadLetterQueue: true, maxRetries: 5, depthAlert: true, delivery: 'at-least-once', eventsPerDay: 600_000 },
  });
  const workers = t.component('Job workers', 'worker', [1200, 30], {
    technology: 'Celery 5 workers on ECS Fargate',
    description: 'Render invoice PDFs, send emails, build CSV exports.',
    zoneIds: [a, b, c],
    deployment: { instances: 4, maxInstances: 40, autoscaling: true, autoscalingMetric: 'queue depth', scalingMode: 'horizontal', healthCheck: true, managed: true },
    capacity: { ratePerInstance: 15, p99LatencyMs: 4_000, availability: 0.999, poolSize: 5 },
    heavyWork: ['pdf-report', 'email', 'batch-export'],
    observability: { logs: true, metrics: true, tracing: true, alerts: false },
    testing: { unit: true, integration: true, loadTestedMultiple: 1 },
  });
  const files = t.component('Documents bucket', 'object-storage', [1200, 200], {
    technology: 'Amazon S3', description: 'Rendered PDFs and export files.', deployment: { managed: true },
    state: { durableData: true }, data: { sizeGb: 2_400, growthGbPerMonth: 160, backups: { enabled: true }, retention: true },
  });
  const email = t.component('Email delivery', 'external-api', [1200, 380], {
    technology: 'SendGrid', description: 'Invoice and reminder emails.', capacity: { ratePerInstance: 300, availability: 0.999 },
  });
  const monitoring = t.component('Monitoring', 'monitoring', [600, 380], {
    technology: 'Datadog (APM, logs, metrics)', deployment: { managed: true, scalingMode: 'managed-elastic' },
  });
  t.connect(customers, gateway, 'sync', { protocol: 'HTTPS', timeoutMs: 30_000 });
  t.connect(gateway, auth, 'sync', { protocol: 'HTTPS (JWKS)', callsPerRequest: 0.01, timeoutMs: 2_000, cachedBy: redis });
  t.connect(gateway, api, 'sync', { protocol: 'HTTPS', timeoutMs: 29_000 });
  t.connect(api, redis, 'read', { protocol: 'RESP', callsPerRequest: 2, timeoutMs: 50, dependency: 'soft', fallback: true });
  t.connect(api, db, 'read', { protocol: 'PostgreSQL', callsPerRequest: 3, timeoutMs: 3_000, cachedBy: redis });
  t.connect(api, db, 'write', { protocol: 'PostgreSQL', callsPerRequest: 0.6, timeoutMs: 3_000, mutating: true });
  t.connect(api, queue, 'async', { protocol: 'SQS API', callsPerRequest: 0.02, timeoutMs: 1_000, retries: { max: 3, backoff: 'exponential', jitter: true }, mutating: true, idempotent: true });
  t.connect(queue, workers, 'async', { protocol: 'SQS long polling', idempotent: true });
  t.connect(workers, db, 'read', { protocol: 'PostgreSQL', callsPerRequest: 8, timeoutMs: 10_000 });
  t.connect(workers, files, 'write', { protocol: 'S3 API', callsPerRequest: 1, timeoutMs: 30_000, retries: { max: 3, backoff: 'exponential', jitter: true }, mutating: true, idempotent: true });
  t.connect(workers, email, 'sync', { protocol: 'HTTPS', callsPerRequest: 0.4, timeoutMs: 10_000, retries: { max: 3, backoff: 'exponential', jitter: true }, mutating: true, idempotent: true, circuitBreaker: true });
  t.connect(api, monitoring, 'async', { protocol: 'Datadog agent (UDP/HTTPS)', dependency: 'soft' });
  t.entry(customers, 900);
  return t.build('SaaS with a queue and workers', 'A multi-tenant invoicing SaaS: an API gateway and a stateless FastAPI tier over three zones, Aurora PostgreSQL, and SQS feeding Celery workers that render PDFs and send email. Find where tenfold tenants hit the single writer.', {
    growthFactor: 10, availabilityTarget: 0.999, targetUtilization: 0.65, teamSize: 12, growthHorizonMonths: 24,
  });
}
