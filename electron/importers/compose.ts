import { createHash, randomUUID } from 'node:crypto';
import { CURRENT_SCHEMA_VERSION, Project } from '../../shared/model/project';
import type { Component, ComponentKind } from '../../shared/model/component';
import { storeKinds } from '../../shared/model/component';
import { kindDefaults } from '../../shared/model/defaults';
import type { Connection } from '../../shared/model/connection';
import { AppError } from '../../shared/ipc/errors';
import { zodProblems } from '../../shared/model/problems';
import { environmentMap, isRecord, loadComposeFile, type ComposeService, type ReadRelative } from './composeFile';
import { guessKind } from './composeKinds';

/** What the import guessed, what it left out, and what the user should check. */
export interface ComposeImportReport {
  readonly guessed: string[];
  readonly ignored: string[];
  readonly confirm: string[];
}

export interface ComposeImportResult {
  readonly project: Project;
  readonly report: ComposeImportReport;
}

export interface ComposeImportOptions {
  /** Shown in messages and used for the project name. */
  readonly fileName: string;
  readonly projectName?: string;
  /** Reads files named by `extends.file` (the CLI); the app passes nothing (same-file extends only). */
  readonly readRelative?: ReadRelative;
  /** Ids derive from this seed, so the same seed and file give the same project. Random by default. */
  readonly idSeed?: string;
}

/** Service keys the importer reads; the rest are listed as ignored in the report. */
const usedKeys = new Set(['image', 'build', 'depends_on', 'links', 'environment', 'command', 'deploy', 'scale', 'volumes', 'ports', 'expose', 'healthcheck', 'hostname', 'container_name', 'networks', 'extends', 'env_file']);
/** Keys that change nothing a scaling review looks at; not worth a line in the report. */
const quietKeys = new Set(['restart', 'cap_add', 'cap_drop', 'read_only', 'tmpfs', 'labels', 'logging', 'security_opt', 'stop_grace_period', 'working_dir', 'user', 'platform', 'init', 'ulimits', 'entrypoint', 'profiles', 'pull_policy']);

interface ServiceFacts {
  readonly name: string;
  readonly service: ComposeService;
  readonly component: Component;
}

/**
 * Turns a docker-compose file into a Tenfold project: services become components (kinds guessed
 * from images), `depends_on`, `links` and host names in `environment`/`command` become connections,
 * `deploy.replicas`/`scale` become instances, volumes durable state, published ports exposure.
 */
export function importCompose(content: string, options: ComposeImportOptions): ComposeImportResult {
  const file = loadComposeFile(options.fileName, content, options.readRelative);
  const seed = options.idSeed ?? randomUUID();
  const id = (key: string) => seededUuid(seed, key);
  const report: ComposeImportReport = { guessed: [], ignored: [], confirm: [...file.notes] };
  const names = [...file.services.keys()].sort();
  const allImages = names.map((name) => stringOf(file.services.get(name)!['image']) ?? '');
  const facts: ServiceFacts[] = names.map((name) => {
    const service = file.services.get(name)!;
    return { name, service, component: toComponent(name, service, id(`component:${name}`), allImages, report) };
  });
  const connections = connectionsOf(facts, id, report);
  for (const section of file.otherSections) report.ignored.push(`top-level "${section}" section`);
  addEntryPointAdvice(facts, connections, report);
  const candidate = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: id('project'),
    name: options.projectName ?? projectNameOf(options.fileName),
    description: `Imported from ${options.fileName}.`,
    components: facts.map((f) => f.component),
    connections,
  };
  const parsed = Project.safeParse(candidate);
  if (!parsed.success) {
    throw new AppError('INVALID_INPUT', `${options.fileName} produced a project Tenfold cannot accept; see the problems listed.`, zodProblems(parsed.error));
  }
  return { project: parsed.data, report };
}

function toComponent(name: string, service: ComposeService, id: string, allImages: readonly string[], report: ComposeImportReport): Component {
  const image = stringOf(service['image']);
  const ports = containerPorts(service);
  const guess = guessKind(name, image, ports, allImages);
  report.guessed.push(`"${name}" is ${kindPhrase(guess.kind)}: ${guess.reason}.`);
  if (guess.uncertain) report.confirm.push(`Check the kind of "${name}": guessed ${kindPhrase(guess.kind)} because ${guess.reason}.`);
  const instances = instancesOf(name, service, report);
  const published = publishesPorts(service);
  const hasVolumes = Array.isArray(service['volumes']) && service['volumes'].length > 0;
  const isStore = storeKinds.includes(guess.kind);
  const component: Component = {
    id: id as Component['id'],
    name,
    kind: guess.kind,
    ...(image ? { technology: image } : {}),
    deployment: { instances, ...(service['healthcheck'] !== undefined ? { healthCheck: !isDisabledHealthcheck(service['healthcheck']) } : {}) },
    ...stateOf(name, guess.kind, hasVolumes, isStore, report),
    ...(published ? { exposure: { publishedPort: true } } : {}),
  } as Component;
  if (published && isStore) report.confirm.push(`"${name}" publishes a port to the host: a store should be reachable only by its services.`);
  const ignoredKeys = Object.keys(service).filter((key) => !usedKeys.has(key) && !quietKeys.has(key)).sort();
  if (ignoredKeys.length > 0) report.ignored.push(`"${name}": ${ignoredKeys.join(', ')}`);
  return component;
}

/** "a database", "an API gateway", "a CDN". */
const kindNouns: Partial<Record<ComponentKind, string>> = { search: 'search engine', 'object-storage': 'object store', monitoring: 'monitoring tool' };

function kindPhrase(kind: ComponentKind): string {
  const label = kindNouns[kind] ?? kindDefaults[kind].label;
  // Lower-case the first letter only, so acronyms stay ("an API gateway", "an external API").
  const words = /^[A-Z]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
  return `${/^[aeiouAEIOU]/.test(words) ? 'an' : 'a'} ${words}`;
}

function stateOf(name: string, kind: ComponentKind, hasVolumes: boolean, isStore: boolean, report: ComposeImportReport): Partial<Component> {
  if (isStore) {
    if (hasVolumes) {
      report.guessed.push(`"${name}" keeps durable data (it mounts a volume).`);
      return { state: { durableData: true } };
    }
    if (kind !== 'cache') report.confirm.push(`"${name}" mounts no volume: its data is lost when the container is removed. Add a volume or confirm it holds no durable data.`);
    return { state: { durableData: false } };
  }
  if (hasVolumes) {
    report.confirm.push(`"${name}" mounts a volume: if it writes files there, it keeps state on local disk (set in the inspector).`);
  }
  return {};
}

function instancesOf(name: string, service: ComposeService, report: ComposeImportReport): number {
  const deploy = isRecord(service['deploy']) ? service['deploy'] : {};
  const replicas = numberOf(deploy['replicas']) ?? numberOf(service['scale']);
  if (replicas !== undefined && Number.isInteger(replicas) && replicas >= 0) {
    report.guessed.push(`"${name}" runs ${replicas} instance${replicas === 1 ? '' : 's'} (from ${deploy['replicas'] !== undefined ? 'deploy.replicas' : 'scale'}).`);
    return replicas;
  }
  return 1;
}

function connectionsOf(facts: readonly ServiceFacts[], id: (key: string) => string, report: ComposeImportReport): Connection[] {
  const byHost = hostIndex(facts);
  const byName = new Map(facts.map((f) => [f.name, f]));
  const found = new Map<string, { from: ServiceFacts; to: ServiceFacts; reasons: Set<string> }>();
  const add = (from: ServiceFacts, toName: string, reason: string) => {
    const to = byName.get(toName) ?? byHost.get(toName);
    if (!to) {
      report.ignored.push(`"${from.name}" ${reason} "${toName}", which is not a service in this file.`);
      return;
    }
    if (to === from) return;
    const key = `${from.name}\u0000${to.name}`;
    const entry = found.get(key) ?? { from, to, reasons: new Set<string>() };
    entry.reasons.add(reason);
    found.set(key, entry);
  };
  for (const from of facts) {
    for (const target of dependsOn(from.service)) add(from, target, 'depends on');
    for (const target of links(from.service)) add(from, target, 'links to');
    for (const target of referencedHosts(from, hostsSeenBy(from, byHost, byName))) add(from, target, 'names the host');
  }
  const connections = [...found.values()].map(({ from, to, reasons }) => toConnection(from, to, [...reasons], id, report));
  const synchronous = [...found.values()].filter(({ to }) => !isMessaging(to)).map(({ from, to }) => `"${from.name}" → "${to.name}"`);
  if (synchronous.length > 0) {
    report.confirm.push(`${synchronous.length === 1 ? 'This connection is' : `These ${synchronous.length} connections are`} guessed to be synchronous calls; change the kind of those that read, write or send messages: ${synchronous.join(', ')}.`);
  }
  return connections;
}

function isMessaging(target: ServiceFacts): boolean {
  return target.component.kind === 'queue' || target.component.kind === 'stream';
}

function toConnection(from: ServiceFacts, to: ServiceFacts, reasons: string[], id: (key: string) => string, report: ComposeImportReport): Connection {
  const async = isMessaging(to);
  report.guessed.push(`"${from.name}" → "${to.name}" (${reasons.join(', ')}).`);
  return { id: id(`connection:${from.name}:${to.name}`), from: from.component.id, to: to.component.id, kind: async ? 'async' : 'sync' } as Connection;
}

/** Names other services can reach a service by: its name, `hostname`, `container_name`, network aliases. */
function hostIndex(facts: readonly ServiceFacts[]): Map<string, ServiceFacts> {
  const index = new Map<string, ServiceFacts>();
  for (const fact of facts) {
    const aliases = [stringOf(fact.service['hostname']), stringOf(fact.service['container_name']), ...networkAliases(fact.service)];
    for (const alias of aliases) if (alias && !index.has(alias)) index.set(alias, fact);
  }
  for (const fact of facts) index.set(fact.name, fact);
  return index;
}

/** A link alias ("memcached:cache") is a host name only the linking service can use. */
function hostsSeenBy(from: ServiceFacts, byHost: ReadonlyMap<string, ServiceFacts>, byName: ReadonlyMap<string, ServiceFacts>): Map<string, ServiceFacts> {
  const hosts = new Map(byHost);
  const value = from.service['links'];
  if (!Array.isArray(value)) return hosts;
  for (const link of value) {
    if (typeof link !== 'string' || !link.includes(':')) continue;
    const [service, alias] = link.split(':').map((part) => part.trim());
    const target = service ? byName.get(service) : undefined;
    if (target && alias && !hosts.has(alias)) hosts.set(alias, target);
  }
  return hosts;
}

function networkAliases(service: ComposeService): string[] {
  const networks = service['networks'];
  if (!isRecord(networks)) return [];
  return Object.values(networks).flatMap((network) => (isRecord(network) && Array.isArray(network['aliases']) ? network['aliases'].filter((a): a is string => typeof a === 'string') : []));
}

function dependsOn(service: ComposeService): string[] {
  const value = service['depends_on'];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (isRecord(value)) return Object.keys(value);
  return [];
}

function links(service: ComposeService): string[] {
  const value = service['links'];
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is string => typeof v === 'string').map((link) => link.split(':')[0]!.trim());
}

/** Services whose host names appear as whole words in `environment` values or `command`. */
function referencedHosts(from: ServiceFacts, byHost: ReadonlyMap<string, ServiceFacts>): string[] {
  const texts = [...Object.values(environmentMap(from.service['environment'])), ...commandTexts(from.service['command'])];
  const hits = new Set<string>();
  for (const text of texts) {
    for (const [host, target] of byHost) if (mentionsHost(text, host)) hits.add(target.name);
  }
  return [...hits].sort();
}

function commandTexts(command: unknown): string[] {
  if (typeof command === 'string') return [command];
  if (Array.isArray(command)) return command.filter((c): c is string => typeof c === 'string');
  return [];
}

/** "db" in "postgres://u@db:5432/x" or "db", but not in "carts-db", "mongodb" or "db.example.com". */
export function mentionsHost(text: string, host: string): boolean {
  let from = 0;
  for (;;) {
    const index = text.indexOf(host, from);
    if (index < 0) return false;
    const before = index === 0 ? '' : text[index - 1]!;
    const after = text.slice(index + host.length, index + host.length + 2);
    const startOk = before === '' || !/[A-Za-z0-9_.-]/.test(before);
    const endOk = after === '' || !/^([A-Za-z0-9_-]|\.[A-Za-z0-9])/.test(after);
    if (startOk && endOk) return true;
    from = index + 1;
  }
}

function addEntryPointAdvice(facts: readonly ServiceFacts[], connections: readonly Connection[], report: ComposeImportReport): void {
  const called = new Set(connections.map((c) => c.to as string));
  const fronts = facts.filter((f) => publishesPorts(f.service) && !storeKinds.includes(f.component.kind) && !called.has(f.component.id)).map((f) => `"${f.name}"`);
  report.confirm.push(
    fronts.length > 0
      ? `No traffic figures come from a compose file: add a client, connect it to ${fronts.join(', ')} and set its peak requests per second.`
      : 'No traffic figures come from a compose file: add a client as the entry point and set its peak requests per second.',
  );
}

function containerPorts(service: ComposeService): number[] {
  const values = [...(Array.isArray(service['ports']) ? service['ports'] : []), ...(Array.isArray(service['expose']) ? service['expose'] : [])];
  return values.map(containerPort).filter((port): port is number => port !== undefined);
}

/** "8080:80/tcp" → 80, 3306 → 3306, { target: 80 } → 80. */
function containerPort(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (isRecord(value)) return numberOf(value['target']);
  if (typeof value !== 'string') return undefined;
  const last = value.split('/')[0]!.split(':').pop() ?? '';
  const port = Number(last.split('-')[0]);
  return Number.isInteger(port) && port > 0 ? port : undefined;
}

function publishesPorts(service: ComposeService): boolean {
  return Array.isArray(service['ports']) && service['ports'].length > 0;
}

function isDisabledHealthcheck(value: unknown): boolean {
  return isRecord(value) && value['disable'] === true;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value.trim())) return Number(value);
  return undefined;
}

/** "shop/docker-compose.yml" → "shop"; "shop.yml" → "shop". */
function projectNameOf(fileName: string): string {
  const parts = fileName.split(/[\\/]/).filter((p) => p !== '');
  const base = parts.pop() ?? fileName;
  const stem = base.replace(/\.(ya?ml)$/i, '');
  const generic = /^(docker-)?compose([._-].*)?$/i.test(stem);
  const name = generic && parts.length > 0 ? parts[parts.length - 1]! : stem;
  return name.trim() === '' ? 'Imported project' : name.slice(0, 200);
}

/** A UUID (version 4 layout) derived from a seed and a key: stable across runs for the same seed. */
function seededUuid(seed: string, key: string): string {
  const hex = createHash('sha256').update(seed).update('\u0000').update(key).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
