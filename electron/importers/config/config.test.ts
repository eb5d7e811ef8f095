import { describe, expect, it } from 'vitest';
import type { ImportNote } from '../../../shared/ipc/importReport';
import type { Project } from '../../../shared/model/project';
import { importFiles } from '../importFiles';
import { readConfig } from './configReaders';

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

const compose = `services:
  edge:
    image: nginx:1.27
    ports: ["443:8443"]
    volumes: ["./edge/nginx.conf:/etc/nginx/nginx.conf:ro"]
  orders:
    build: ./services/Orders
    image: acme/orders:1
    expose: ["8080"]
    environment:
      SPRING_PROFILES_ACTIVE: prod
  billing:
    build: ./services/Billing
    image: acme/billing:1
  catalog:
    image: acme/catalog:1
    expose: ["8080"]
  orders-db:
    image: postgres:16
    volumes: ["orders-data:/var/lib/postgresql/data"]
  broker:
    image: rabbitmq:3
  events:
    image: bitnami/kafka:3
`;

const nginx = `worker_processes 1;
events { worker_connections 1024; }
http {
  upstream catalog_pool {
    ip_hash;
    server catalog:8080;
  }
  server {
    listen 8443 ssl;
    # proxy_pass http://billing:8080;  (retired)
    location /orders/ { proxy_pass http://orders:8080; }
    location /catalog/ { proxy_pass http://catalog_pool; }
  }
}
`;

const springBase = `spring:
  application:
    name: orders
  datasource:
    url: jdbc:postgresql://orders-db:5432/orders
  kafka:
    bootstrap-servers: events:9092
    consumer:
      group-id: orders
`;
const springProd = `spring:
  mail:
    host: smtp.sendgrid.net
`;
const springDev = `spring:
  datasource:
    url: jdbc:postgresql://localhost:5432/orders
  mail:
    host: mailhog
`;
const appsettings = `\uFEFF{
  // comments are allowed in appsettings
  "RabbitMQPublisher": { "Host": "broker", "Exchange": "Billing" },
  "Serilog": { "WriteTo": [ { "Name": "Seq", "Args": { "serverUrl": "https://logs.example-saas.io" } } ] },
}`;

describe('importFiles: config files beside a compose file', () => {
  const { project, report } = importFiles(
    [
      { path: 'shop/docker-compose.yml', content: compose },
      { path: 'shop/edge/nginx.conf', content: nginx },
      { path: 'shop/services/Orders/src/main/resources/application.yml', content: springBase },
      { path: 'shop/services/Orders/src/main/resources/application-prod.yml', content: springProd },
      { path: 'shop/services/Orders/src/main/resources/application-dev.yml', content: springDev },
      { path: 'shop/services/Billing/appsettings.json', content: appsettings },
      { path: 'shop/docs/openapi.json', content: '{"servers": [{"url": "http://catalog:8080"}]}' },
      { path: 'shop/broken/settings.yml', content: 'a:\n  b: 1\n   c: 2\n' },
    ],
    { idSeed: 'cfg' },
  );

  it('follows an nginx config its proxy mounts: upstreams, sticky sessions, and no commented route', () => {
    expect(edges(project)).toContain('edge sync orders');
    expect(edges(project)).toContain('edge sync catalog');
    expect(edges(project)).not.toContain('edge sync billing');
    expect(byName(project, 'edge').deployment?.stickySessions).toBe(true);
    expect(report.sources).toContain('shop/edge/nginx.conf: nginx config of "edge" (it mounts shop/edge/nginx.conf)');
  });

  it('reads Spring settings of the active profile, in the folder named after the build context', () => {
    expect(edges(project)).toContain('orders write orders-db');
    expect(edges(project)).toContain('events async orders');
    expect(edges(project)).toContain('orders sync smtp.sendgrid.net');
    expect(edges(project).some((e) => e.includes('mailhog'))).toBe(false);
    expect(report.ignored).toContain(
      'shop/services/Orders/src/main/resources/application-dev.yml: applies to the "dev" environment, which "orders" is not set to run in (prod).',
    );
  });

  it('reads .NET appsettings with comments: a publisher, and telemetry to a hosted log service', () => {
    expect(edges(project)).toContain('billing async broker');
    expect(edges(project)).toContain('billing async logs.example-saas.io');
    expect(byName(project, 'logs.example-saas.io').kind).toBe('monitoring');
  });

  it('lists files no component reads, and files it could not parse, without failing the import', () => {
    expect(report.ignored.some((t) => t.startsWith('shop/docs/openapi.json: no component could be found that reads it'))).toBe(true);
    expect(report.ignored.some((t) => t.startsWith('shop/broken/settings.yml is not valid YAML at line 2, column 6'))).toBe(true);
  });

  it('names the address the evidence came from', () => {
    const note = report.guessed.find((n) => n.text.startsWith('"edge" calls "orders": it gets 1 of the 2 routes of "edge", so about 50% of its requests'));
    expect(note?.where).toEqual(['shop/edge/nginx.conf: line 11 proxy_pass']);
    expect(project.connections.find((c) => c.id === note?.connectionId)?.callsPerRequest).toBe(0.5);
    expect(texts(report.evidence)).toContain('"edge" pins each client to one upstream instance (sticky sessions).');
  });
});

describe('importFiles: a proxy config nothing mounts', () => {
  it('goes to the component that listens on its port, and says it is a guess', () => {
    const files = [
      {
        path: 'app/docker-compose.yml',
        content: 'services:\n  ui:\n    image: acme/ui:1\n    ports: ["8080:8080"]\n  api:\n    image: acme/api:1\n    ports: ["9000:9000"]\n',
      },
      { path: 'app/nginx.conf', content: 'http {\n  server {\n    listen 8080;\n    location /api/ { proxy_pass http://api:9000; }\n  }\n}\n' },
    ];
    const { project, report } = importFiles(files, { idSeed: 'p' });
    expect(byName(project, 'ui').kind).toBe('api-gateway');
    expect(edges(project)).toEqual(['ui sync api', 'users sync ui']);
    expect(texts(report.confirm).some((t) => t.startsWith('app/nginx.conf was read as the nginx config of "ui": it listens on port 8080, as "ui" does'))).toBe(
      true,
    );
  });
});

describe('readConfig', () => {
  it('reads Envoy clusters as routes and its listener port', () => {
    const envoy =
      'static_resources:\n  listeners:\n    - address: { socket_address: { address: 0.0.0.0, port_value: 10000 } }\n  clusters:\n    - name: web\n      load_assignment:\n        endpoints:\n          - lb_endpoints:\n              - endpoint: { address: { socket_address: { address: web, port_value: 80 } } }\n';
    const reading = readConfig('envoy.yaml', envoy);
    expect(reading.format).toBe('envoy');
    expect(reading.listenPorts).toEqual([10000]);
    expect(reading.references.filter((r) => r.form === 'route').map((r) => r.text)).toEqual(['web']);
  });

  it('reads Traefik file-provider backends and stickiness, and HAProxy servers', () => {
    const traefik = readConfig(
      'traefik.toml',
      '[entryPoints]\n  [entryPoints.http]\n  address = ":80"\n[backends]\n  [backends.b1.loadbalancer]\n    sticky = true\n  [backends.b1.servers.s1]\n    url = "http://front-end:8079"\n',
    );
    expect(traefik.references.map((r) => r.text)).toEqual(['http://front-end:8079']);
    expect(traefik.sticky).toBeDefined();
    expect(traefik.listenPorts).toEqual([80]);
    const haproxy = readConfig('haproxy.cfg', 'frontend web\n  bind *:80\nbackend app\n  balance source\n  server a1 app-1:8080 check\n');
    expect(haproxy.references.map((r) => r.text)).toEqual(['app-1:8080']);
    expect(haproxy.sticky).toBeDefined();
  });

  it('reads Caddy reverse_proxy upstreams, its to lines, site ports and cookie balancing', () => {
    const caddy = readConfig(
      'deploy/Caddyfile',
      [
        '{',
        '  email ops@shop.example.com',
        '}',
        ':8080, http://shop.example.com:8443 {',
        '  reverse_proxy /api/* api:8080 api-2:8080',
        '  reverse_proxy @images {',
        '    to http://images:9000',
        '    lb_policy cookie',
        '  }',
        '  # reverse_proxy legacy:80',
        '  file_server',
        '}',
      ].join('\n'),
    );
    expect(caddy.format).toBe('caddy');
    expect(caddy.references.map((r) => r.text)).toEqual(['api:8080', 'api-2:8080', 'http://images:9000']);
    expect(caddy.listenPorts).toEqual([8080, 8443]);
    expect(caddy.sticky).toBe('deploy/Caddyfile: line 8 (lb_policy cookie)');
    const { project } = importFiles(
      [
        {
          path: 'docker-compose.yml',
          content:
            'services:\n  edge:\n    image: caddy:2\n    ports: ["80:8080"]\n    volumes: ["./Caddyfile:/etc/caddy/Caddyfile"]\n  api:\n    image: acme/api:1\n',
        },
        { path: 'Caddyfile', content: ':8080 {\n  reverse_proxy api:8080\n}\n' },
      ],
      { idSeed: 'caddy' },
    );
    expect(edges(project)).toEqual(['edge sync api', 'users sync edge']);
  });

  it('reads an nginx target held in a variable, for each value it is set to, past braces in strings and ${variables}', () => {
    const nginx = [
      'server {',
      '  listen 80;',
      '  resolver 127.0.0.11 valid=10s;',
      '  location /api/ { set $api http://api:8080; proxy_pass $api; }',
      '  location /img/ { set $img_host images; proxy_pass $scheme://$img_host:9000$request_uri; }',
      '  location /legacy/ { if ($cookie_beta) { set $old beta-api; } set $old old-api; proxy_pass http://${old}:80; }',
      '  location / { proxy_pass http://$host$request_uri; }',
      `  location = /health { return 200 '{"ok":true}'; }`,
      '  location /pay/ { proxy_pass http://payments:8080; }',
      '}',
    ].join('\n');
    const routes = readConfig('nginx.conf', nginx).references.map((r) => r.text);
    expect(routes).toEqual([
      'http://api:8080',
      '$scheme://images:9000$request_uri',
      'http://beta-api:80',
      'http://old-api:80',
      'http://$host$request_uri',
      'http://payments:8080',
    ]);
  });
});
