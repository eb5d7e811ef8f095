import type { ComponentKind } from '../../shared/model/component';

/** Image (or service-name) words → component kind. Checked as whole words of the image name. */
const kindWords: ReadonlyArray<readonly [ComponentKind, readonly string[]]> = [
  ['database', ['postgres', 'postgresql', 'postgis', 'mysql', 'mariadb', 'mongo', 'mongodb', 'cassandra', 'scylla', 'cockroach', 'cockroachdb', 'couchdb', 'neo4j', 'mssql', 'oracle', 'clickhouse', 'timescaledb', 'influxdb', 'dynamodb', 'percona']],
  ['cache', ['redis', 'memcached', 'valkey', 'keydb', 'dragonfly', 'varnish']],
  ['queue', ['rabbitmq', 'nats', 'activemq', 'artemis', 'sqs', 'beanstalkd', 'mosquitto']],
  ['stream', ['kafka', 'pulsar', 'redpanda', 'kinesis']],
  ['load-balancer', ['nginx', 'haproxy']],
  ['api-gateway', ['traefik', 'envoy', 'kong', 'krakend', 'tyk', 'gateway']],
  ['monitoring', ['jaeger', 'jaegertracing', 'openzipkin', 'zipkin', 'prometheus', 'grafana', 'loki', 'kibana', 'logstash', 'fluentd', 'fluent-bit', 'tempo', 'otel', 'opentelemetry-collector', 'alertmanager', 'cadvisor']],
  ['object-storage', ['minio', 'localstack', 'seaweedfs']],
  ['search', ['solr', 'opensearch', 'meilisearch', 'typesense', 'elasticsearch']],
  ['registry', ['consul', 'eureka', 'zookeeper', 'etcd']],
  ['identity', ['keycloak', 'dex', 'hydra', 'authelia']],
  ['worker', ['worker', 'celery', 'sidekiq']],
];

/** Service-name words that suggest a kind when the image says nothing ("orders-db", "session-cache"). */
const nameWords: ReadonlyArray<readonly [ComponentKind, readonly string[]]> = [
  ['database', ['db', 'database', 'sql']],
  ['cache', ['cache']],
  ['queue', ['queue', 'mq', 'broker']],
  ['worker', ['worker', 'consumer', 'jobs']],
  ['registry', ['registry', 'discovery', 'eureka']],
  ['identity', ['auth', 'identity', 'login', 'sso']],
  ['load-balancer', ['router', 'proxy', 'lb', 'balancer']],
  ['search', ['search']],
];

/** Well-known container ports of stores and brokers. */
const portKinds: ReadonlyMap<number, ComponentKind> = new Map([
  [5432, 'database'], [3306, 'database'], [27017, 'database'], [1433, 'database'], [9042, 'database'],
  [6379, 'cache'], [11211, 'cache'],
  [5672, 'queue'], [4222, 'queue'], [61616, 'queue'],
  [9092, 'stream'],
  [9200, 'search'],
  [9000, 'object-storage'],
]);

/** Tools whose presence means Elasticsearch stores logs rather than product search. */
const logTools = ['kibana', 'logstash', 'fluentd', 'fluent-bit', 'filebeat'];

export interface KindGuess {
  readonly kind: ComponentKind;
  /** Plain-English reason, shown in the import report. */
  readonly reason: string;
  /** True when the guess is weak enough that the user should confirm it. */
  readonly uncertain: boolean;
}

/** "registry.example.com/team/cp-kafka:7.5@sha256:…" → "team/cp-kafka" (no registry host, tag or digest). */
export function imageBaseName(image: string): string {
  const withoutDigest = image.split('@')[0] ?? '';
  const segments = withoutDigest.toLowerCase().split('/');
  if (segments.length > 1 && /[.:]|^localhost$/.test(segments[0]!)) segments.shift();
  const last = segments.pop() ?? '';
  return [...segments, last.split(':')[0]!].join('/');
}

function words(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '');
}

function matchWords(table: typeof kindWords, text: string): ComponentKind | null {
  const found = new Set(words(text));
  const joined = text.toLowerCase();
  for (const [kind, names] of table) {
    if (names.some((name) => (name.includes('-') ? joined.includes(name) : found.has(name)))) return kind;
  }
  return null;
}

/**
 * Guesses a service's kind: its image first, then its name, then well-known ports; a service
 * otherwise. `allImages` lets Elasticsearch be read as a log store when Kibana or Logstash runs beside it.
 */
export function guessKind(serviceName: string, image: string | undefined, ports: readonly number[], allImages: readonly string[]): KindGuess {
  if (image !== undefined && image.trim() !== '') {
    const base = imageBaseName(image);
    const tool = toolGuess(image, base);
    if (tool) return tool;
    const kind = matchWords(kindWords, base);
    if (kind === 'search' && base.includes('elasticsearch')) return elasticsearchGuess(image, allImages);
    if (kind === 'load-balancer') return { kind, reason: `its image "${image}" is a proxy that may also be a gateway or web server`, uncertain: true };
    if (kind === 'api-gateway') return { kind, reason: `its image "${image}" is an edge proxy that may also be a plain load balancer`, uncertain: true };
    if (kind) return { kind, reason: `its image is "${image}"`, uncertain: false };
  }
  const byName = matchWords(nameWords, serviceName) ?? matchWords(kindWords, serviceName);
  if (byName) return { kind: byName, reason: `its service name is "${serviceName}"`, uncertain: true };
  const byPort = ports.map((port) => portKinds.get(port)).find((kind) => kind !== undefined);
  if (byPort) return { kind: byPort, reason: `it listens on port ${ports.find((p) => portKinds.get(p) === byPort)}`, uncertain: true };
  return { kind: 'service', reason: image ? `its image "${image}" is not a product Tenfold knows` : 'it has no image (built from source)', uncertain: false };
}

/** Admin consoles and metric exporters named after a store are not the store. */
function toolGuess(image: string, base: string): KindGuess | null {
  const found = words(base);
  if (found.includes('exporter')) return { kind: 'monitoring', reason: `its image "${image}" is a metrics exporter`, uncertain: false };
  if (found.some((w) => ['admin', 'express', 'commander', 'insight', 'ui'].includes(w))) {
    return { kind: 'service', reason: `its image "${image}" looks like an admin console`, uncertain: true };
  }
  return null;
}

function elasticsearchGuess(image: string, allImages: readonly string[]): KindGuess {
  const withLogTools = allImages.some((other) => logTools.some((tool) => imageBaseName(other).includes(tool)));
  return withLogTools
    ? { kind: 'monitoring', reason: `its image "${image}" runs beside a log tool (Kibana, Logstash or Fluentd), so it probably stores logs`, uncertain: true }
    : { kind: 'search', reason: `its image is "${image}"; if it stores logs rather than product data, make it monitoring`, uncertain: true };
}
