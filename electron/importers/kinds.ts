import type { ComponentKind } from '../../shared/model/component';

/** Product words in an image name → component kind. Checked as whole words of the image's repository. */
const productWords: ReadonlyArray<readonly [ComponentKind, readonly string[]]> = [
  [
    'database',
    [
      'postgres',
      'postgresql',
      'postgis',
      'mysql',
      'mariadb',
      'mongo',
      'mongodb',
      'cassandra',
      'scylla',
      'cockroach',
      'cockroachdb',
      'couchdb',
      'couchbase',
      'neo4j',
      'mssql',
      'oracle',
      'clickhouse',
      'timescaledb',
      'influxdb',
      'dynamodb',
      'percona',
      'yugabyte',
      'arangodb',
      'rethinkdb',
      'cratedb',
      'sqlserver',
    ],
  ],
  ['cache', ['redis', 'memcached', 'valkey', 'keydb', 'dragonfly', 'varnish', 'hazelcast']],
  ['queue', ['rabbitmq', 'nats', 'activemq', 'artemis', 'sqs', 'beanstalkd', 'mosquitto', 'emqx', 'nsq', 'nsqd']],
  ['stream', ['kafka', 'pulsar', 'redpanda', 'kinesis']],
  ['load-balancer', ['nginx', 'haproxy', 'openresty', 'caddy', 'httpd']],
  ['api-gateway', ['traefik', 'envoy', 'kong', 'krakend', 'tyk', 'apisix']],
  [
    'monitoring',
    [
      'jaeger',
      'jaegertracing',
      'openzipkin',
      'zipkin',
      'prometheus',
      'grafana',
      'loki',
      'kibana',
      'logstash',
      'fluentd',
      'fluent-bit',
      'filebeat',
      'tempo',
      'otel',
      'opentelemetry-collector',
      'otel-collector',
      'alertmanager',
      'cadvisor',
      'seq',
      'graylog',
      'datadog',
      'promtail',
      'victoriametrics',
      'signoz',
    ],
  ],
  ['object-storage', ['minio', 'localstack', 'seaweedfs', 'azurite']],
  ['search', ['solr', 'opensearch', 'meilisearch', 'typesense', 'elasticsearch']],
  ['registry', ['consul', 'eureka', 'zookeeper', 'etcd', 'nacos']],
  ['identity', ['keycloak', 'dex', 'hydra', 'authelia', 'authentik', 'zitadel']],
  ['external-api', ['maildev', 'mailhog', 'mailpit', 'smtp4dev', 'greenmail']],
  ['client', ['locust', 'load-test', 'loadtest', 'loadgenerator', 'load-generator', 'k6', 'jmeter', 'gatling', 'vegeta', 'artillery']],
  ['worker', ['celery', 'sidekiq']],
];

/** What a product kind is called in a reason ("a mail catcher standing in for an external mail service"). */
const productNotes: Partial<Record<ComponentKind, string>> = {
  'external-api': 'a mail catcher standing in for an external mail service',
  client: 'a load generator',
};

/**
 * The last word of a service's name, when it names a kind ("orders-db", "session-cache",
 * "payment-worker"). Only the last word counts: "queue-master" is not a queue, and a service
 * named "search" is more often the product's own code than a search engine.
 */
const headWords: ReadonlyArray<readonly [ComponentKind, readonly string[]]> = [
  ['database', ['db', 'database', 'mongo', 'mongodb', 'mysql', 'postgres', 'postgresql', 'mariadb', 'sql']],
  ['cache', ['cache', 'redis', 'memcached']],
  ['queue', ['mq', 'rabbitmq', 'broker', 'queue']],
  ['stream', ['kafka']],
  ['worker', ['worker', 'consumer', 'jobs']],
  ['registry', ['registry', 'discovery', 'eureka']],
  ['api-gateway', ['gateway']],
  ['load-balancer', ['proxy', 'router', 'lb', 'balancer', 'ingress']],
  ['client', ['loadgenerator', 'loadgen', 'sim', 'simulator']],
];

const storeHeads: readonly ComponentKind[] = ['database', 'cache', 'queue', 'stream'];

/** Well-known container ports of stores and brokers: a custom image built on one still listens there. */
const portKinds: ReadonlyMap<number, ComponentKind> = new Map([
  [5432, 'database'],
  [3306, 'database'],
  [27017, 'database'],
  [1433, 'database'],
  [9042, 'database'],
  [26257, 'database'],
  [5984, 'database'],
  [7687, 'database'],
  [6379, 'cache'],
  [11211, 'cache'],
  [5672, 'queue'],
  [4222, 'queue'],
  [61616, 'queue'],
  [9092, 'stream'],
  [9200, 'search'],
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

/** What the other images of the import say about each one (read once, not per service). */
export interface ImageContext {
  readonly logToolsPresent: boolean;
}

export function imageContext(images: Iterable<string>): ImageContext {
  for (const image of images) {
    const base = imageBaseName(image);
    if (logTools.some((tool) => base.includes(tool))) return { logToolsPresent: true };
  }
  return { logToolsPresent: false };
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
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/** The product an image names: "bitnami/kafka" → stream, "jaegertracing/all-in-one" → monitoring. */
function productKind(base: string): ComponentKind | null {
  const found = new Set(words(base));
  for (const [kind, names] of productWords) {
    if (names.some((name) => (name.includes('-') ? base.includes(name) : found.has(name)))) return kind;
  }
  return null;
}

function headKind(name: string): ComponentKind | null {
  const last = words(name).pop();
  if (last === undefined) return null;
  for (const [kind, names] of headWords) if (names.includes(last)) return kind;
  return null;
}

/**
 * Guesses a component's kind: a product its image names first, then a store's well-known port,
 * then the last word of its name; a service otherwise.
 */
export function guessKind(name: string, image: string | undefined, ports: readonly number[], context: ImageContext): KindGuess {
  if (image !== undefined && image.trim() !== '') {
    const base = imageBaseName(image);
    const tool = toolGuess(image, base);
    if (tool) return tool;
    const kind = productKind(base);
    if (kind === 'search' && base.includes('elasticsearch')) return elasticsearchGuess(image, context);
    if (kind === 'load-balancer') return { kind, reason: `its image "${image}" is a proxy that may also be a gateway or web server`, uncertain: true };
    if (kind === 'api-gateway') return { kind, reason: `its image "${image}" is an edge proxy that may also be a plain load balancer`, uncertain: true };
    if (kind) {
      const note = productNotes[kind];
      return { kind, reason: note ? `its image "${image}" is ${note}` : `its image is "${image}"`, uncertain: kind === 'external-api' };
    }
  }
  const port = ports.find((p) => portKinds.has(p));
  if (port !== undefined) return { kind: portKinds.get(port)!, reason: `it listens on port ${port}, the port of a ${portProduct(port)}`, uncertain: true };
  // A store's name only counts when its image, if any, is named the same way ("catalogue-db" on
  // "acme/catalogue-db"): "ratings-v2-mysql" on a ratings image is a service that uses MySQL.
  const byName = headKind(name);
  const imageAgrees = image === undefined || image.trim() === '' || headKind(imageBaseName(image)) === byName || !storeHeads.includes(byName ?? 'service');
  if (byName && imageAgrees) return { kind: byName, reason: `its name "${name}" ends in a word for one`, uncertain: true };
  return {
    kind: 'service',
    reason: image ? `its image "${image}" is not a product Tenfold knows, so it runs your own code` : 'it is built from source',
    uncertain: false,
  };
}

function portProduct(port: number): string {
  const names: Record<number, string> = {
    5432: 'PostgreSQL database',
    3306: 'MySQL database',
    27017: 'MongoDB database',
    1433: 'SQL Server database',
    9042: 'Cassandra database',
    26257: 'CockroachDB database',
    5984: 'CouchDB database',
    7687: 'Neo4j database',
    6379: 'Redis cache',
    11211: 'Memcached cache',
    5672: 'RabbitMQ broker',
    4222: 'NATS broker',
    61616: 'ActiveMQ broker',
    9092: 'Kafka broker',
    9200: 'Elasticsearch node',
  };
  return names[port] ?? 'store';
}

/** Admin consoles and metric exporters named after a store are not the store. */
function toolGuess(image: string, base: string): KindGuess | null {
  const repository = base.split('/').pop() ?? base;
  const found = words(repository);
  if (found.includes('exporter')) return { kind: 'monitoring', reason: `its image "${image}" is a metrics exporter`, uncertain: false };
  const knownConsole = ['adminer', 'phpmyadmin', 'pgadmin4', 'mongo-express', 'redis-commander', 'redisinsight', 'kafka-ui', 'kafdrop', 'akhq'].some((tool) =>
    repository.includes(tool),
  );
  const storeConsole = found.some((w) => ['admin', 'express', 'commander', 'insight', 'ui', 'console'].includes(w)) && productKind(repository) !== null;
  if (knownConsole || storeConsole) return { kind: 'service', reason: `its image "${image}" is an admin console`, uncertain: true };
  return null;
}

function elasticsearchGuess(image: string, context: ImageContext): KindGuess {
  return context.logToolsPresent
    ? { kind: 'monitoring', reason: `its image "${image}" runs beside a log tool (Kibana, Logstash or Fluentd), so it probably stores logs`, uncertain: true }
    : { kind: 'search', reason: `its image is "${image}"; if it stores logs rather than product data, make it monitoring`, uncertain: true };
}
