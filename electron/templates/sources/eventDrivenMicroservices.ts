import type { Component } from '../../../shared/model/component';
import type { Project } from '../../../shared/model/project';
import { TemplateBuilder } from './templateBuilder';

/** Services that own their data and talk through an event stream; the shape large product teams grow into. */
export function eventDrivenMicroservices(): Project {
  const t = new TemplateBuilder('event-driven-microservices');
  const zones = [t.zone('europe-west1-b', 'europe-west1'), t.zone('europe-west1-c', 'europe-west1'), t.zone('europe-west1-d', 'europe-west1')];
  const observed = { logs: true, metrics: true, tracing: true, alerts: true };
  const service = (technology: string, description: string, rate: number, instances: number): Partial<Component> => ({
    technology, description, zoneIds: zones,
    deployment: { instances, maxInstances: instances * 5, autoscaling: true, autoscalingMetric: 'CPU 65%', scalingMode: 'horizontal', healthCheck: true, managed: true },
    capacity: { ratePerInstance: rate, p99LatencyMs: 120, availability: 0.999, poolSize: 20 },
    state: { sessions: 'none', localDiskWrites: false },
    api: { visibility: 'internal', versioned: true, hasListEndpoints: true, listsPaginated: true, hasMutations: true, idempotencyKeys: true },
    observability: observed,
    testing: { unit: true, integration: true, loadTestedMultiple: 3, failoverTested: true },
  });
  const store = (technology: string, description: string, sizeGb: number, growth: number): Partial<Component> => ({
    technology, description, zoneIds: zones.slice(0, 2),
    deployment: { instances: 1, scalingMode: 'single-writer', failover: 'standby', managed: true },
    capacity: { ratePerInstance: 5_000, maxConnections: 500, availability: 0.9995 },
    state: { durableData: true },
    data: { sizeGb, growthGbPerMonth: growth, singleNodeLimitGb: 10_000, readReplicas: 1, partitioned: false, backups: { enabled: true, pointInTimeRecovery: true, restoreTested: true }, retention: true, keyType: 'uuid', deletes: 'soft', indexesReviewed: true },
    observability: observed,
    testing: { failoverTested: true },
  });

  const apps = t.component('Mobile and web apps', 'client', [0, 260], { technology: 'iOS, Android and React web clients', description: 'Customers ordering food for delivery.' });
  const gateway = t.component('API gateway', 'api-gateway', [300, 260], {
    technology: 'Kong Gateway 3 on GKE', description: 'Routing, authentication and per-client rate limits.', zoneIds: zones,
    deployment: { instances: 3, maxInstances: 12, autoscaling: true, autoscalingMetric: 'CPU 60%', scalingMode: 'horizontal', healthCheck: true },
    capacity: { ratePerInstance: 4_000, p99LatencyMs: 8, availability: 0.9995 },
    api: { visibility: 'public', versioned: true, hasMutations: true, idempotencyKeys: true },
    exposure: { internet: true }, observability: observed,
  });
  const identity = t.component('Identity service', 'identity', [300, 460], {
    technology: 'Keycloak 24', description: 'Customer accounts, OAuth tokens.', zoneIds: zones,
    deployment: { instances: 3, healthCheck: true, scalingMode: 'horizontal' }, capacity: { ratePerInstance: 800, availability: 0.999 },
    observability: observed,
  });
  const orders = t.component('Order service', 'service', [600, 120], service('Go 1.23 on GKE', 'Places orders, tracks their state, emits OrderPlaced.', 900, 6));
  const catalog = t.component('Catalog service', 'service', [600, 260], service('Kotlin (Spring Boot 3) on GKE', 'Restaurants, menus and prices.', 1_200, 4));
  const payments = t.component('Payment service', 'service', [600, 400], service('Java 21 (Spring Boot 3) on GKE', 'Authorises and captures payments; emits PaymentCaptured.', 400, 3));
  const notifications = t.component('Notification service', 'worker', [1200, 400], {
    ...service('Node.js 24 on GKE', 'Consumes order and payment events, sends push and email.', 300, 2),
    heavyWork: ['email'],
  });
  const searchIndexer = t.component('Search indexer', 'worker', [1200, 120], service('Go 1.23 on GKE', 'Keeps the search index in step with catalog events.', 500, 2));
  const events = t.component('Event stream', 'stream', [900, 260], {
    technology: 'Apache Kafka 3.7 (Confluent Cloud)', description: 'orders, payments and catalog topics; 7-day retention.',
    zoneIds: zones, deployment: { instances: 3, managed: true, scalingMode: 'horizontal' },
    capacity: { ratePerInstance: 40_000, availability: 0.9995 },
    messaging: { durable: true, deadLetterQueue: true, maxRetries: 10, depthAlert: true, delivery: 'at-least-once', eventsPerDay: 15_000_000 },
    data: { sizeGb: 1_500, growthGbPerMonth: 0, retention: true, partitioned: true },
    observability: observed,
  });
  const ordersDb = t.component('Orders database', 'database', [900, 40], store('Cloud SQL for PostgreSQL 16', 'Orders and their state history.', 1_200, 80));
  const catalogDb = t.component('Catalog database', 'database', [900, 480], store('Cloud SQL for PostgreSQL 16', 'Menus and prices.', 60, 2));
  const paymentsDb = t.component('Payments database', 'database', [600, 560], store('Cloud SQL for PostgreSQL 16', 'Payment intents and ledger entries.', 300, 20));
  const search = t.component('Search cluster', 'search', [1500, 120], {
    technology: 'Elasticsearch 8 (Elastic Cloud)', description: 'Restaurant and dish search.', zoneIds: zones,
    deployment: { instances: 3, managed: true, healthCheck: true, scalingMode: 'horizontal' },
    capacity: { ratePerInstance: 600, p99LatencyMs: 40, availability: 0.999 },
    data: { sizeGb: 90, growthGbPerMonth: 3, backups: { enabled: true }, retention: true },
    observability: observed,
  });
  const stripe = t.component('Card processor', 'external-api', [900, 600], { technology: 'Stripe', description: 'Card authorisation and capture.', capacity: { ratePerInstance: 100, availability: 0.9999 } });
  const push = t.component('Push and email delivery', 'external-api', [1500, 400], { technology: 'Firebase Cloud Messaging and Amazon SES', capacity: { ratePerInstance: 1_000, availability: 0.999 } });
  const monitoring = t.component('Observability platform', 'monitoring', [1500, 600], { technology: 'OpenTelemetry Collector + Grafana Cloud', deployment: { managed: true, scalingMode: 'managed-elastic' } });

  const call = { protocol: 'gRPC', timeoutMs: 800, retries: { max: 2, backoff: 'exponential' as const, jitter: true }, circuitBreaker: true };
  t.connect(apps, gateway, 'sync', { protocol: 'HTTPS', timeoutMs: 15_000 });
  t.connect(gateway, identity, 'sync', { protocol: 'HTTPS', callsPerRequest: 0.05, timeoutMs: 500 });
  t.connect(gateway, catalog, 'sync', { ...call, protocol: 'HTTP/2', callsPerRequest: 0.7 });
  t.connect(gateway, orders, 'sync', { ...call, protocol: 'HTTP/2', callsPerRequest: 0.05 });
  t.connect(orders, catalog, 'sync', { ...call, callsPerRequest: 1 });
  t.connect(orders, payments, 'sync', { ...call, callsPerRequest: 0.25, mutating: true, idempotent: true, timeoutMs: 5_000 });
  t.connect(orders, ordersDb, 'write', { protocol: 'PostgreSQL', callsPerRequest: 2, timeoutMs: 1_000, mutating: true });
  t.connect(orders, ordersDb, 'read', { protocol: 'PostgreSQL', callsPerRequest: 3, timeoutMs: 1_000 });
  t.connect(catalog, catalogDb, 'read', { protocol: 'PostgreSQL', callsPerRequest: 0.8, timeoutMs: 1_000 });
  t.connect(payments, paymentsDb, 'write', { protocol: 'PostgreSQL', callsPerRequest: 2, timeoutMs: 1_000, mutating: true });
  t.connect(payments, stripe, 'sync', { protocol: 'HTTPS', timeoutMs: 8_000, mutating: true, idempotent: true, retries: { max: 2, backoff: 'exponential', jitter: true }, circuitBreaker: true });
  t.connect(orders, events, 'async', { protocol: 'Kafka', callsPerRequest: 1, idempotent: true });
  t.connect(payments, events, 'async', { protocol: 'Kafka', callsPerRequest: 1, idempotent: true });
  t.connect(catalog, events, 'async', { protocol: 'Kafka', callsPerRequest: 0.01, idempotent: true });
  t.connect(events, notifications, 'async', { protocol: 'Kafka consumer group', idempotent: true });
  t.connect(events, searchIndexer, 'async', { protocol: 'Kafka consumer group', idempotent: true });
  t.connect(searchIndexer, search, 'write', { protocol: 'HTTPS (bulk API)', timeoutMs: 5_000, mutating: true, idempotent: true });
  t.connect(gateway, search, 'read', { protocol: 'HTTPS', callsPerRequest: 0.3, timeoutMs: 500, fallback: true, dependency: 'soft' });
  t.connect(notifications, push, 'sync', { protocol: 'HTTPS', timeoutMs: 5_000, retries: { max: 5, backoff: 'exponential', jitter: true }, circuitBreaker: true, mutating: true, idempotent: true });
  t.connect(orders, monitoring, 'async', { protocol: 'OTLP', dependency: 'soft' });
  t.entry(apps, 2_400);
  return t.build('Event-driven microservices', 'A food-delivery platform: Kong in front of Go, Kotlin and Java services on GKE, each owning its PostgreSQL database, with Kafka carrying order, payment and catalog events to notification and search consumers.', {
    growthFactor: 10, availabilityTarget: 0.9995, targetUtilization: 0.7, teamSize: 25, growthHorizonMonths: 18,
  });
}
