import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/ipc/errors';
import type { ImportNote } from '../../shared/ipc/importReport';
import { importCompose, mentionsHost } from './compose';
import { importFiles } from './importFiles';
import type { Project } from '../../shared/model/project';

const fixtures = resolve(import.meta.dirname, '../../test/fixtures/compose');
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const readRelativeTo = (file: string) => (relative: string) => {
  try {
    return readFileSync(resolve(dirname(join(fixtures, file)), relative), 'utf8');
  } catch {
    return null;
  }
};

function byName(project: Project, name: string) {
  const component = project.components.find((c) => c.name === name);
  if (!component) throw new Error(`no component ${name}`);
  return component;
}

function edges(project: Project): string[] {
  const names = new Map(project.components.map((c) => [c.id as string, c.name]));
  return project.connections.map((c) => `${names.get(c.from)} ${c.kind}${c.dependency ? `:${c.dependency}` : ''} ${names.get(c.to)}`).sort();
}

const texts = (notes: readonly ImportNote[]) => notes.map((n) => n.text);

describe('importCompose: a compose v3 file with anchors and same-file extends', () => {
  const { project, report } = importCompose(read('shop-v3.yml'), { fileName: 'shop/docker-compose.yml', idSeed: 'test' });

  it('guesses kinds from images first', () => {
    const kinds = Object.fromEntries(project.components.map((c) => [c.name, c.kind]));
    expect(kinds).toEqual({
      proxy: 'load-balancer',
      storefront: 'service',
      catalog: 'service',
      orders: 'service',
      mailer: 'worker',
      clickstream: 'stream',
      'catalog-db': 'database',
      'orders-db': 'database',
      sessions: 'cache',
      events: 'queue',
      assets: 'object-storage',
      search: 'search',
      tracing: 'monitoring',
      users: 'client',
    });
    expect(project.name).toBe('shop');
  });

  it('connects services from addresses in environment and command; start-up order alone is a start-up dependency', () => {
    expect(edges(project)).toEqual([
      'catalog read search',
      'catalog write catalog-db',
      'events async mailer',
      'orders async events',
      'orders read search',
      'orders sync:startup catalog-db',
      'orders write orders-db',
      'proxy sync storefront',
      'storefront async tracing',
      'storefront read sessions',
      'storefront sync catalog',
      'storefront sync:startup orders',
      'users sync proxy',
    ]);
    expect(project.workload.entryPoints).toEqual([{ componentId: byName(project, 'users').id, peakRps: 0 }]);
  });

  it('reads instances, durable state, sessions, published ports and health checks', () => {
    expect(byName(project, 'storefront').deployment?.instances).toBe(3);
    expect(byName(project, 'orders').deployment?.instances).toBe(2);
    expect(byName(project, 'mailer').deployment?.instances).toBe(2);
    expect(byName(project, 'catalog').deployment?.instances).toBe(1);
    expect(byName(project, 'catalog-db').state).toEqual({ durableData: true });
    expect(byName(project, 'storefront').state).toEqual({ sessions: 'external-store' });
    // A search node without a volume keeps its data, in the container.
    expect(byName(project, 'search').state).toEqual({ durableData: true, localDiskWrites: true });
    expect(byName(project, 'orders-db').exposure?.publishedPort).toBe(true);
    expect(byName(project, 'catalog-db').exposure).toBeUndefined();
    // orders extends catalog, so it inherits catalog's health check.
    expect(byName(project, 'orders').deployment?.healthCheck).toBe(true);
    expect(byName(project, 'proxy').deployment?.healthCheck).toBeUndefined();
  });

  it('reports what it read, guessed, what to confirm, with where it read it', () => {
    const ordersDb = report.evidence.find((n) => n.text === '"orders-db" is a database: its image is "postgres:16".');
    expect(ordersDb?.componentId).toBe(byName(project, 'orders-db').id);
    expect(ordersDb?.where).toEqual(['docker-compose.yml: services.orders-db']);
    const catalogCall = report.evidence.find((n) => n.text === '"storefront" calls "catalog".');
    expect(catalogCall?.where).toEqual([
      'docker-compose.yml: services.storefront.environment.CATALOG_URL',
      'docker-compose.yml: services.storefront.depends_on',
    ]);
    expect(catalogCall?.connectionId).toBe(
      project.connections.find((c) => c.from === byName(project, 'storefront').id && c.to === byName(project, 'catalog').id)?.id,
    );
    expect(texts(report.confirm)).toContain(
      '"search" holds durable data that lives in the container: it is lost when the container is re-created. Declare a named volume, or confirm it holds nothing worth keeping.',
    );
    expect(texts(report.confirm).some((t) => t.startsWith('Check the kind of "proxy"'))).toBe(true);
    expect(
      texts(report.confirm).some((t) =>
        t.startsWith('Check "events" → "mailer": guessed that "mailer" consumes from "events" (nothing calls it and it opens no port'),
      ),
    ).toBe(true);
    expect(texts(report.confirm)).toContain(
      '2 start-up orders (depends_on or init containers) with no address in the settings, kept as start-up dependencies on no request path. Make any that is a real call a call: "orders" → "catalog-db", "storefront" → "orders".',
    );
    expect(texts(report.guessed)).toContain(
      '"proxy" calls "storefront": a proxy that starts after "storefront" most likely routes to it (its routes are in a config file that was not given).',
    );
    expect(report.ignored).toEqual(['top-level "volumes" section']);
  });

  it('gives the same project for the same seed and fresh ids otherwise', () => {
    const again = importCompose(read('shop-v3.yml'), { fileName: 'shop/docker-compose.yml', idSeed: 'test' });
    expect(JSON.stringify(again.project)).toBe(JSON.stringify(project));
    const other = importCompose(read('shop-v3.yml'), { fileName: 'shop/docker-compose.yml' });
    expect(other.project.id).not.toBe(project.id);
  });
});

describe('importCompose: a compose v2 file with links, scale and extends from another file', () => {
  it('follows extends into common.yml when a reader is given', () => {
    const { project, report } = importCompose(read('legacy-v2.yml'), { fileName: 'legacy-v2.yml', idSeed: 's', readRelative: readRelativeTo('legacy-v2.yml') });
    expect(byName(project, 'api').deployment).toEqual({ instances: 4, healthCheck: true });
    expect(byName(project, 'web').deployment?.healthCheck).toBe(true);
    expect(edges(project)).toEqual([
      'api async queue',
      'api read memcached',
      'api write mongo',
      'queue async worker',
      'users sync web',
      'web sync api',
      'worker write mongo',
    ]);
    expect(byName(project, 'logs').kind).toBe('monitoring');
    expect(byName(project, 'memcached').kind).toBe('cache');
    expect(byName(project, 'mongo').state?.durableData).toBe(true);
    // "cache" is api's link alias for memcached, so its environment can name it.
    expect(report.guessed.find((n) => n.text.startsWith('"api" reads from "memcached"'))?.where).toEqual([
      'legacy-v2.yml: services.api.environment.SESSION_CACHE',
      'legacy-v2.yml: services.api.links',
    ]);
    expect(texts(report.confirm).some((t) => t.includes('"logs"') && t.includes('log'))).toBe(true);
    expect(report.ignored.some((t) => t.includes('"kibana" → "logs"'))).toBe(true);
  });

  it("imports only the service's own settings when the other file cannot be read, and says so", () => {
    const { project, report } = importCompose(read('legacy-v2.yml'), { fileName: 'legacy-v2.yml', idSeed: 's' });
    expect(byName(project, 'api').deployment).toEqual({ instances: 4 });
    expect(texts(report.confirm).some((t) => t.includes('"api" extends "app" in common.yml'))).toBe(true);
  });
});

describe('importFiles: compose override files, .env and variables', () => {
  const base = [
    'name: shop',
    'services:',
    '  web:',
    '    image: ${REGISTRY:-docker.io}/acme/web:${TAG}',
    '    ports: ["80:8080"]',
    '    environment:',
    '      API_URL: http://${API_HOST:-api}:8080',
    '      LOG_LEVEL: info',
    '    command: ["serve", "--port", "8080"]',
    '  api:',
    '    image: acme/api:1',
    '    environment:',
    '      - DB_URL=postgres://db:5432/shop',
    '    volumes: ["./cache:/tmp/cache"]',
    '  db:',
    '    image: postgres:16',
    '',
  ].join('\n');
  const override = [
    'services:',
    '  web:',
    '    environment:',
    '      LOG_LEVEL: debug',
    '    command: ["serve", "--port", "9090"]',
    '    ports: ["8443:8443"]',
    '  api:',
    '    deploy: { replicas: 3 }',
    '    volumes: !reset []',
    '  db:',
    '    volumes: ["db-data:/var/lib/postgresql/data"]',
    '',
  ].join('\n');

  it('merges docker-compose.override.yml found in a folder the way Compose does, with .env variables', () => {
    const { project, report } = importFiles(
      [
        { path: 'shop/docker-compose.yml', content: base },
        { path: 'shop/docker-compose.override.yml', content: override },
        { path: 'shop/docker-compose.debug.yml', content: 'services:\n  web:\n    ports: ["9229:9229"]\n' },
        { path: 'shop/.env', content: 'TAG=2.1\n# a comment\nAPI_HOST="api"\n' },
      ],
      { idSeed: 'o' },
    );
    expect(project.name).toBe('shop');
    expect(byName(project, 'web').technology).toBe('docker.io/acme/web:2.1');
    expect(byName(project, 'api').deployment?.instances).toBe(3);
    expect(byName(project, 'db').state).toEqual({ durableData: true });
    expect(edges(project)).toEqual(['api write db', 'users sync web', 'web sync api']);
    expect(report.sources).toEqual([
      'shop/docker-compose.yml: compose file',
      'shop/docker-compose.override.yml: compose override file, merged over the one before',
      'shop/.env: variables for the compose files (2)',
    ]);
    expect(report.ignored).toContain(
      'shop/docker-compose.debug.yml: not merged; Compose reads it only when named with -f. Name it with shop/docker-compose.yml to merge it.',
    );
    // !reset removed api's volume: nothing to confirm about local files any more.
    expect(texts(report.confirm).some((t) => t.includes('"api" mounts'))).toBe(false);
  });

  it('merges named files in the order given and reports variables left empty', () => {
    const { project, report } = importFiles(
      [
        { path: 'docker-compose.yml', content: base, named: true },
        {
          path: 'docker-compose.debug.yml',
          content:
            'services:\n  web:\n    ports: ["9229:9229"]\n  worker:\n    image: acme/worker:1\n    command: consume --broker amqp://mq\n  mq:\n    image: rabbitmq:3\n',
          named: true,
        },
      ],
      { idSeed: 'o' },
    );
    expect(project.components.map((c) => c.name).sort()).toEqual(['api', 'db', 'mq', 'users', 'web', 'worker']);
    expect(byName(project, 'web').technology).toBe('docker.io/acme/web:');
    expect(edges(project)).toContain('mq async worker');
    expect(texts(report.confirm)).toContain('This variable has no value in a .env file and no default, so it was left empty: TAG.');
    expect(texts(report.evidence)).toContain('"mq" delivers messages to "worker".');
  });

  it('reads an env_file in the folder as the service environment, not as a config file nobody reads', () => {
    const { project, report } = importFiles(
      [
        {
          path: 'shop/docker-compose.yml',
          content: 'services:\n  orders:\n    image: acme/orders:1\n    env_file: [config/orders.env]\n  payments:\n    image: acme/payments:1\n',
        },
        { path: 'shop/config/orders.env', content: 'PAYMENTS_URL=http://payments:8080\nLOG_LEVEL=info\n' },
      ],
      { idSeed: 'e' },
    );
    expect(edges(project)).toEqual(['orders sync payments']);
    expect(report.sources).toContain('shop/config/orders.env: environment of "orders" (env_file, 2 variables)');
    expect(report.ignored.filter((line) => line.includes('orders.env'))).toEqual([]);
  });

  it('names the project after the compose project name, else the folder', () => {
    expect(importFiles([{ path: 'deploy/docker-compose.yml', content: 'services:\n  a:\n    image: x\n' }]).project.name).toBe('Imported project');
    expect(importFiles([{ path: 'shop/deploy/docker-compose.yml', content: 'services:\n  a:\n    image: x\n' }]).project.name).toBe('shop');
    expect(importFiles([{ path: 'docker-compose.yml', content: 'services:\n  a:\n    image: x\n' }], { folderName: 'tea-store' }).project.name).toBe(
      'tea-store',
    );
    expect(importFiles([{ path: 'x/docker-compose.yml', content: 'name: boutique\nservices:\n  a:\n    image: x\n' }]).project.name).toBe('boutique');
    expect(
      importFiles([
        { path: 'x/docker-compose.yml', content: 'services:\n  a:\n    image: x\n' },
        { path: 'x/.env', content: 'COMPOSE_PROJECT_NAME=bank\n' },
      ]).project.name,
    ).toBe('bank');
  });
});

describe('importFiles: kinds and state from evidence, not from names', () => {
  const { project, report } = importFiles(
    [
      {
        path: 'demo/docker-compose.yml',
        content: [
          'services:',
          '  queue-master:',
          '    image: acme/queue-master:0.3',
          '    volumes: ["/var/run/docker.sock:/var/run/docker.sock"]',
          '  search:',
          '    image: acme/search:1',
          '    environment: { ES_URL: "http://es:9200" }',
          '  es:',
          '    image: docker.elastic.co/elasticsearch/elasticsearch:8.14.0',
          '    volumes: ["es-data:/usr/share/elasticsearch/data"]',
          '  catalogue-db:',
          '    image: acme/catalogue-db:0.3',
          '  legacy:',
          '    image: acme/legacy:1',
          '    expose: ["3306"]',
          '  jaeger-agent:',
          '    image: jaegertracing/jaeger-agent:1',
          '  front:',
          '    image: acme/front:1',
          '    ports: ["80:80"]',
          '    environment: { SEARCH_URL: "http://search:8080" }',
          '    depends_on: [jaeger-agent, search]',
          '  user-sim:',
          '    image: acme/load-test:0.1',
          '    command: "-h front"',
        ].join('\n'),
      },
    ],
    { idSeed: 'k' },
  );

  it('reads a kind from the image, then a store port, then the last word of the name', () => {
    const kinds = Object.fromEntries(project.components.map((c) => [c.name, c.kind]));
    expect(kinds).toMatchObject({
      'queue-master': 'service',
      search: 'service',
      es: 'search',
      'catalogue-db': 'database',
      legacy: 'database',
      'jaeger-agent': 'monitoring',
      'user-sim': 'client',
    });
    expect(texts(report.confirm)).toContain('Check the kind of "legacy": guessed a database because it listens on port 3306, the port of a MySQL database.');
  });

  it('keeps start-up order on a tracing agent out of the model and a store without a volume durable', () => {
    expect(edges(project)).toEqual(['front sync search', 'search read es', 'user-sim sync front', 'users sync front']);
    expect(report.ignored.some((t) => t.startsWith('Start-up order on monitoring tools was not imported') && t.includes('"front" → "jaeger-agent"'))).toBe(
      true,
    );
    expect(byName(project, 'catalogue-db').state).toEqual({ durableData: true, localDiskWrites: true });
    expect(texts(report.confirm)).toContain('"queue-master" mounts the Docker socket (/var/run/docker.sock): it can start and stop any container on the host.');
    expect(project.workload.entryPoints.map((e) => project.components.find((c) => c.id === e.componentId)?.name).sort()).toEqual(['user-sim', 'users']);
  });
});

describe('importCompose: bad input', () => {
  it('refuses malformed YAML with the line and column', () => {
    try {
      importCompose(read('malformed.yml'), { fileName: 'malformed.yml' });
      expect.unreachable('malformed YAML was accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      const appError = error as AppError;
      expect(appError.message).toMatch(/^malformed\.yml is not valid YAML at line 4, column 12: Nested mappings/);
      expect(appError.problems?.[0]).toMatchObject({ path: 'malformed.yml', line: 4, column: 12 });
    }
  });

  it('refuses duplicate keys with their line, found without comparing every pair', () => {
    expect(() => importCompose('services:\n  a:\n    image: x\n  a:\n    image: y\n', { fileName: 'd.yml' })).toThrow(
      /d\.yml is not valid YAML at line 4, column 3: Map keys must be unique; "a" is repeated/,
    );
  });

  it('refuses a file without services, naming the field', () => {
    expect(() => importCompose('web:\n  image: nginx\n', { fileName: 'v1.yml' })).toThrow(
      /No docker-compose services or Kubernetes workloads were found in v1\.yml/,
    );
    expect(() => importCompose('services: []\n', { fileName: 'docker-compose.yml' })).toThrow(/docker-compose\.yml has no "services" mapping/);
  });

  it('refuses a missing or cyclic extends', () => {
    expect(() => importCompose('services:\n  a:\n    extends: nope\n', { fileName: 'c.yml' })).toThrow(/services\.a\.extends names service "nope"/);
    expect(() => importCompose('services:\n  a:\n    extends: b\n  b:\n    extends: a\n', { fileName: 'c.yml' })).toThrow(/cycle/);
  });

  it('treats hostile service names and deep nesting as data, not as a crash', () => {
    const { project } = importCompose(
      'services:\n  __proto__:\n    image: redis\n  constructor:\n    image: postgres\n    environment:\n      __proto__: redis://__proto__:6379\n',
      { fileName: 'p.yml', idSeed: 'x' },
    );
    expect(project.components.map((c) => `${c.name}:${c.kind}`).sort()).toEqual(['__proto__:cache', 'constructor:database']);
    expect(project.connections).toHaveLength(0);
    const deep = `services:\n  a:\n    image: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`;
    expect(() => importCompose(deep, { fileName: 'deep.yml' })).toThrow(AppError);
    expect(() => importCompose('services:\n  a:\n', { fileName: 'n.yml' })).toThrow(/n\.yml: services\.a is not a mapping/);
  });

  it('bounds alias expansion', () => {
    const bomb = ['x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 0; i < 8; i += 1)
      bomb.push(
        `x-${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(',')}]`,
      );
    bomb.push('services:\n  web:\n    image: nginx');
    expect(() => importCompose(bomb.join('\n'), { fileName: 'bomb.yml' })).toThrow(AppError);
  });
});

describe('mentionsHost', () => {
  it('matches whole host names only, where a host stands', () => {
    expect(mentionsHost('postgres://u:p@db:5432/x', 'db')).toBe(true);
    expect(mentionsHost('db', 'db')).toBe(true);
    expect(mentionsHost('mongodb://carts-db:27017', 'db')).toBe(false);
    expect(mentionsHost('db.example.com', 'db')).toBe(false);
    expect(mentionsHost('connect to db.', 'db')).toBe(true);
    expect(mentionsHost('http://gateway/orders/1', 'orders')).toBe(false);
    expect(mentionsHost('postgres://orders:pw@db/x', 'orders')).toBe(false);
  });
});
