import { posix } from 'node:path';
import { storeKinds } from '../../../shared/model/component';
import type { ComponentDraft, Reference } from '../draft';
import { guessKind, imageContext } from '../kinds';
import { quoteNames, type ReportBuilder } from '../reportBuilder';
import type { ComposeProject, ReadRelative } from './composeFile';
import { relativeTo } from './composeFile';
import { environmentMap, isRecord, mountTarget, type ComposeService } from './merge';
import { parseDotEnv } from './variables';

/** Service keys the importer reads; the rest are listed as ignored in the report. */
const usedKeys = new Set([
  'image',
  'build',
  'depends_on',
  'links',
  'environment',
  'command',
  'entrypoint',
  'deploy',
  'scale',
  'volumes',
  'ports',
  'expose',
  'healthcheck',
  'hostname',
  'container_name',
  'networks',
  'extends',
  'env_file',
  'labels',
]);
/** Keys that change nothing a scaling review looks at; not worth a line in the report. */
const quietKeys = new Set([
  'restart',
  'cap_add',
  'cap_drop',
  'read_only',
  'tmpfs',
  'logging',
  'security_opt',
  'stop_grace_period',
  'stop_signal',
  'working_dir',
  'user',
  'platform',
  'init',
  'ulimits',
  'profiles',
  'pull_policy',
  'stdin_open',
  'tty',
  'privileged',
  'mem_limit',
  'cpus',
  'cpu_shares',
  'mem_reservation',
  'shm_size',
  'domainname',
  'dns',
  'dns_search',
  'extra_hosts',
  'sysctls',
  'devices',
  'secrets',
  'configs',
  'depends_on',
  'develop',
]);

/** Turns every service of a compose project into a component draft, in name order. */
export function composeDrafts(project: ComposeProject, readRelative: ReadRelative, report: ReportBuilder): ComponentDraft[] {
  const names = [...project.services.keys()].sort();
  const context = imageContext(names.map((name) => stringOf(project.services.get(name)!['image']) ?? ''));
  return names.map((name) => {
    const service = project.services.get(name)!;
    const file = project.declaredIn.get(name)!;
    return serviceDraft({ name, service, file, readRelative, report, kind: guessKind(name, stringOf(service['image']), containerPorts(service), context) });
  });
}

interface ServiceInput {
  readonly name: string;
  readonly service: ComposeService;
  readonly file: string;
  readonly readRelative: ReadRelative;
  readonly report: ReportBuilder;
  readonly kind: ReturnType<typeof guessKind>;
}

function serviceDraft({ name, service, file, readRelative, report, kind }: ServiceInput): ComponentDraft {
  const where = `${file}: services.${name}`;
  const image = stringOf(service['image']);
  const ports = containerPorts(service);
  const published = Array.isArray(service['ports']) && service['ports'].length > 0;
  const draft: ComponentDraft = {
    name,
    kind: kind.kind,
    kindGuess: kind,
    ...(image ? { image } : {}),
    ports,
    listens: ports.length > 0,
    hosts: hostNames(name, service),
    ...linkAliasesOf(service),
    references: [...environmentReferences(name, service, file, readRelative, report), ...commandReferences(service, where)],
    startsAfter: Object.keys(dependsOnMap(service['depends_on'])).map((target) => ({ name: target, where: `${where}.depends_on` })),
    linksTo: linksOf(service).map((target) => ({ name: target, where: `${where}.links` })),
    deployment: deploymentOf(name, service, where, report),
    state: {},
    exposure: published ? { publishedPort: true } : {},
    source: where,
    configFolders: configFolders(name, service, file),
    mounts: mountedPaths(service, file),
    ...(published ? { entry: { how: 'published-port' as const, where: `${where}.ports` } } : {}),
  };
  describeVolumes(draft, service, where, report);
  const ignoredKeys = Object.keys(service)
    .filter((key) => !usedKeys.has(key) && !quietKeys.has(key))
    .sort();
  if (ignoredKeys.length > 0) report.ignore(`"${name}": ${ignoredKeys.join(', ')} (${file})`);
  return draft;
}

function hostNames(name: string, service: ComposeService): string[] {
  const names = [name, stringOf(service['hostname']), stringOf(service['container_name']), ...networkAliases(service)];
  return [...new Set(names.filter((n): n is string => n !== undefined && n !== '').map((n) => n.toLowerCase()))];
}

function networkAliases(service: ComposeService): string[] {
  const networks = service['networks'];
  if (!isRecord(networks)) return [];
  return Object.values(networks).flatMap((network) =>
    isRecord(network) && Array.isArray(network['aliases']) ? network['aliases'].filter((a): a is string => typeof a === 'string') : [],
  );
}

/** A link alias ("memcached:cache") is a host name only the linking service can use. */
function linkAliasesOf(service: ComposeService): { linkAliases?: Map<string, string> } {
  const value = service['links'];
  if (!Array.isArray(value)) return {};
  const aliases = new Map<string, string>();
  for (const link of value) {
    if (typeof link !== 'string' || !link.includes(':')) continue;
    const [target, alias] = link.split(':').map((part) => part.trim());
    if (target && alias) aliases.set(alias.toLowerCase(), target);
  }
  return aliases.size > 0 ? { linkAliases: aliases } : {};
}

function linksOf(service: ComposeService): string[] {
  const value = service['links'];
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is string => typeof v === 'string').map((link) => link.split(':')[0]!.trim());
}

export function dependsOnMap(value: unknown): Record<string, unknown> {
  if (Array.isArray(value)) return Object.fromEntries(value.filter((v): v is string => typeof v === 'string').map((name) => [name, {}]));
  return isRecord(value) ? value : {};
}

function environmentReferences(name: string, service: ComposeService, file: string, readRelative: ReadRelative, report: ReportBuilder): Reference[] {
  const where = `${file}: services.${name}`;
  const references: Reference[] = [];
  for (const envFile of envFilesOf(service['env_file'])) {
    const text = readRelative(file, envFile.path);
    if (text === null) {
      if (envFile.required) report.ignore(`${where}.env_file names ${envFile.path}, which was not among the files read: its variables were not imported.`);
      continue;
    }
    const variables = parseDotEnv(text.content);
    report.sources.push(`${text.path}: environment of "${name}" (env_file, ${variables.size} variables)`);
    for (const [key, value] of variables) references.push({ text: value, key, where: `${text.path}: ${key}`, form: 'setting' });
  }
  for (const [key, value] of Object.entries(environmentMap(service['environment']))) {
    if (value !== '') references.push({ text: value, key, where: `${where}.environment.${key}`, form: 'setting' });
  }
  return references;
}

function envFilesOf(value: unknown): Array<{ path: string; required: boolean }> {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.flatMap((entry) => {
    if (typeof entry === 'string') return [{ path: entry, required: true }];
    if (isRecord(entry) && typeof entry['path'] === 'string') return [{ path: entry['path'], required: entry['required'] !== false }];
    return [];
  });
}

function commandReferences(service: ComposeService, where: string): Reference[] {
  return (['command', 'entrypoint'] as const).flatMap((key) => {
    const value = service[key];
    const text = typeof value === 'string' ? value : Array.isArray(value) ? value.filter((c): c is string => typeof c === 'string').join(' ') : '';
    return text === '' ? [] : [{ text, key: '', where: `${where}.${key}`, form: 'command' as const }];
  });
}

function deploymentOf(name: string, service: ComposeService, where: string, report: ReportBuilder): ComponentDraft['deployment'] {
  const deploy = isRecord(service['deploy']) ? service['deploy'] : {};
  const replicas = numberOf(deploy['replicas']) ?? numberOf(service['scale']);
  const healthcheck = service['healthcheck'];
  const deployment: ComponentDraft['deployment'] = { instances: 1 };
  if (replicas !== undefined && Number.isInteger(replicas) && replicas >= 0) {
    deployment.instances = replicas;
    const key = deploy['replicas'] !== undefined ? 'deploy.replicas' : 'scale';
    report.evidence(replicas === 0 ? `"${name}" is not deployed: ${key} is 0.` : `"${name}" runs ${replicas} instance${replicas === 1 ? '' : 's'} (${key}).`, {
      where: [`${where}.${key}`],
      component: name,
    });
  }
  if (deploy['mode'] === 'global')
    report.confirm(`"${name}" runs one instance on every node (deploy.mode: global): set how many nodes there are.`, {
      where: [`${where}.deploy.mode`],
      component: name,
    });
  if (healthcheck !== undefined) deployment.healthCheck = !(isRecord(healthcheck) && healthcheck['disable'] === true);
  if (Array.isArray(service['profiles']) && service['profiles'].length > 0) {
    report.confirm(
      `"${name}" starts only with the profile${service['profiles'].length === 1 ? '' : 's'} ${service['profiles'].join(', ')}: imported as deployed; set its instances to 0 if it is not.`,
      { where: [`${where}.profiles`], component: name },
    );
  }
  return deployment;
}

interface Mount {
  readonly kind: 'named' | 'bind' | 'anonymous' | 'tmpfs';
  readonly source: string;
  readonly target: string;
}

function mountsOf(service: ComposeService): Mount[] {
  const volumes = Array.isArray(service['volumes']) ? service['volumes'] : [];
  return volumes.map((volume): Mount => {
    if (isRecord(volume)) {
      const type = String(volume['type'] ?? 'volume');
      const source = String(volume['source'] ?? '');
      const target = String(volume['target'] ?? '');
      return { kind: type === 'bind' ? 'bind' : type === 'tmpfs' ? 'tmpfs' : source === '' ? 'anonymous' : 'named', source, target };
    }
    const text = String(volume);
    const target = mountTarget(text);
    const source = target === text ? '' : text.slice(0, text.indexOf(`:${target}`));
    if (source === '') return { kind: 'anonymous', source, target };
    return { kind: /^[./~]|^[A-Za-z]:[\\/]|^\$/.test(source) ? 'bind' : 'named', source, target };
  });
}

/** Mounts of configuration rather than data: files under /etc, init scripts, single config files. */
function isConfigMount(mount: Mount): boolean {
  return (
    /^\/etc\/|docker-entrypoint-initdb\.d|\.(conf|cnf|ini|ya?ml|json|toml|properties|sql|sh|xml|js|lua|pem|crt|key)$/i.test(mount.target) ||
    mount.target.startsWith('/var/run/')
  );
}

function describeVolumes(draft: ComponentDraft, service: ComposeService, where: string, report: ReportBuilder): void {
  const mounts = mountsOf(service).filter((mount) => mount.kind !== 'tmpfs');
  const data = mounts.filter((mount) => !isConfigMount(mount));
  const kept = data.filter((mount) => mount.kind !== 'anonymous');
  const name = draft.name;
  const at = [`${where}.volumes`];
  if (mounts.some((mount) => mount.target === '/var/run/docker.sock')) {
    report.confirm(`"${name}" mounts the Docker socket (/var/run/docker.sock): it can start and stop any container on the host.`, {
      where: at,
      component: name,
    });
  }
  if (draft.kind === 'cache' || draft.kind === 'queue' || draft.kind === 'stream') {
    if (kept.length > 0)
      report.evidence(`"${name}" keeps its data on a volume (${kept.map((m) => m.target).join(', ')}), so it survives a re-created container.`, {
        where: at,
        component: name,
      });
    else if (draft.kind !== 'cache')
      report.confirm(
        `"${name}" has no volume: ${draft.kind === 'queue' ? 'its queues and messages live in the container and are' : 'its log lives in the container and is'} lost when it is re-created.`,
        { where: [where], component: name },
      );
    return;
  }
  if (storeKinds.includes(draft.kind)) {
    draft.state.durableData = true;
    if (kept.length > 0) {
      report.evidence(`"${name}" keeps durable data on a ${kept[0]!.kind === 'bind' ? 'host folder' : 'volume'} (${kept.map((m) => m.target).join(', ')}).`, {
        where: at,
        component: name,
      });
      return;
    }
    draft.state.localDiskWrites = true;
    const anonymous = data.some((mount) => mount.kind === 'anonymous');
    report.confirm(
      `"${name}" holds durable data that lives in the container${anonymous ? ' (an anonymous volume only)' : ''}: it is lost when the container is re-created. Declare a named volume, or confirm it holds nothing worth keeping.`,
      {
        where: [anonymous ? `${where}.volumes` : where],
        component: name,
        family: {
          key: 'data-in-container',
          summary: (names) =>
            `${names.length} stores hold durable data that lives in their containers, lost when a container is re-created: ${quoteNames(names)}. Declare named volumes, or confirm they hold nothing worth keeping.`,
        },
      },
    );
    return;
  }
  if (kept.length > 0 || data.some((mount) => mount.kind === 'anonymous')) {
    const targets = data.map((m) => m.target).filter((t) => t !== '/var/run/docker.sock');
    if (targets.length > 0)
      report.confirm(`"${name}" mounts ${targets.join(', ')}: if it writes files there, it keeps state on local disk (set it in the inspector).`, {
        where: at,
        component: name,
      });
  }
}

/** Files and folders of the import a service mounts, relative to the import's folder. */
function mountedPaths(service: ComposeService, file: string): string[] {
  return mountsOf(service)
    .filter((mount) => mount.kind === 'bind' && !mount.source.startsWith('/') && !mount.source.startsWith('$'))
    .map((mount) => relativeTo(file, mount.source.replace(/^~\//, '')));
}

/** Folder names where a service's own config may live: its name and its build context's folder. */
function configFolders(name: string, service: ComposeService, file: string): string[] {
  const folders = [name];
  const build = service['build'];
  const context = typeof build === 'string' ? build : isRecord(build) && typeof build['context'] === 'string' ? build['context'] : undefined;
  if (context !== undefined && !/^[a-z]+:\/\//i.test(context)) folders.push(posix.basename(relativeTo(file, context)));
  return [...new Set(folders.map((f) => f.toLowerCase()).filter((f) => f !== '' && f !== '.'))];
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

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value.trim())) return Number(value);
  return undefined;
}
