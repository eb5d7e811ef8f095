/**
 * The import rows of `npm run bench`: a docker-compose file of 8,000 services and a folder of
 * 2,000 Kubernetes objects (1,000 Deployments with their Services, 20 objects a file), each
 * imported whole (parse, components, connections, report, validation) under 3 s.
 */
import { importFiles, type InputFile } from '../electron/importers/importFiles';
import { cpuMs, median } from './benchSupport';

export interface ImportBenchRow {
  readonly input: string;
  readonly components: number;
  readonly connections: number;
  readonly runs: number;
  readonly firstMs: number;
  readonly medianMs: number;
  readonly medianCpuMs: number;
  readonly budgetMs: number;
}

const BUDGET_MS = 3_000;
const RUNS = 5;

/** 7,600 services that call the next one and use one of 400 stores (databases, caches, brokers). */
export function composeOf(services: number): InputFile[] {
  const stores = Math.round(services / 20);
  const apps = services - stores;
  const storeName = (i: number) => (i % 4 === 0 ? `cache-${i}` : i % 4 === 1 ? `broker-${i}` : `db-${i}`);
  const lines = ['name: bench', 'services:'];
  for (let i = 0; i < apps; i++) {
    const store = storeName(i % stores);
    lines.push(
      `  svc-${i}:`,
      `    image: registry.example.com/bench/svc-${i}:1.0`,
      '    ports: ["8080"]',
      '    environment:',
      `      NEXT_URL: http://svc-${(i + 1) % apps}:8080/api`,
      `      STORE: ${store.startsWith('db') ? `postgres://app@${store}:5432/app` : store.startsWith('cache') ? `redis://${store}:6379` : `amqp://${store}:5672`}`,
      '      LOG_LEVEL: info',
      `    depends_on: [${store}]`,
      '    deploy:',
      '      replicas: 2',
    );
  }
  for (let i = 0; i < stores; i++) {
    const name = storeName(i);
    const image = name.startsWith('db') ? 'postgres:16' : name.startsWith('cache') ? 'redis:7' : 'rabbitmq:3';
    lines.push(`  ${name}:`, `    image: ${image}`, '    volumes:', `      - ${name}-data:/data`);
  }
  return [{ path: 'bench/docker-compose.yml', content: `${lines.join('\n')}\n`, named: true }];
}

/** 1,000 Deployments, each with its Service, 20 objects a file; each calls the next and a database. */
export function manifestsOf(objects: number): InputFile[] {
  const workloads = objects / 2;
  const files: InputFile[] = [];
  for (let start = 0; start < workloads; start += 10) {
    const documents: string[] = [];
    for (let i = start; i < Math.min(workloads, start + 10); i++) {
      const database = i % 50 === 0;
      documents.push(
        [
          'apiVersion: apps/v1',
          'kind: Deployment',
          'metadata:',
          `  name: app-${i}`,
          '  namespace: bench',
          'spec:',
          '  replicas: 2',
          `  selector: { matchLabels: { app: app-${i} } }`,
          '  template:',
          `    metadata: { labels: { app: app-${i}, tier: backend } }`,
          '    spec:',
          '      containers:',
          `        - name: app-${i}`,
          `          image: ${database ? 'postgres:16' : `registry.example.com/bench/app-${i}:1.0`}`,
          '          ports: [{ containerPort: 8080 }]',
          '          env:',
          `            - { name: NEXT_ADDR, value: "app-${(i + 1) % workloads}:8080" }`,
          `            - { name: DB_URL, value: "postgres://app-${i - (i % 50)}:5432/app" }`,
          '          readinessProbe: { httpGet: { path: /ready, port: 8080 } }',
          '          resources: { requests: { cpu: 100m, memory: 128Mi }, limits: { cpu: 500m, memory: 256Mi } }',
        ].join('\n'),
        [
          'apiVersion: v1',
          'kind: Service',
          'metadata:',
          `  name: app-${i}`,
          '  namespace: bench',
          'spec:',
          `  selector: { app: app-${i} }`,
          '  ports: [{ port: 8080 }]',
        ].join('\n'),
      );
    }
    files.push({ path: `bench/k8s/apps-${String(start / 10).padStart(3, '0')}.yaml`, content: `${documents.join('\n---\n')}\n` });
  }
  return files;
}

export function benchImport(): ImportBenchRow[] {
  const inputs: Array<{ input: string; files: InputFile[] }> = [
    { input: 'compose, 8,000 services', files: composeOf(8_000) },
    { input: 'Kubernetes, 2,000 objects', files: manifestsOf(2_000) },
  ];
  return inputs.map(({ input, files }) => {
    const times: number[] = [];
    const cpu: number[] = [];
    let components = 0;
    let connections = 0;
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const cpuStarted = cpuMs();
      const { project } = importFiles(files, { idSeed: 'bench' });
      times.push(performance.now() - started);
      cpu.push(cpuMs() - cpuStarted);
      components = project.components.length;
      connections = project.connections.length;
    }
    return { input, components, connections, runs: RUNS, firstMs: times[0]!, medianMs: median(times), medianCpuMs: median(cpu), budgetMs: BUDGET_MS };
  });
}
