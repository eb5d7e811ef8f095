import { posix } from 'node:path';
import { AppError } from '../../../shared/ipc/errors';
import type { ComponentDraft } from '../draft';
import type { InputFile } from '../inputFiles';
import { listPaths } from '../inputFiles';
import type { ReportBuilder } from '../reportBuilder';
import { readConfig, type ConfigReading } from './configReaders';

/** A config file with the component that reads it, once known. */
interface ConfigFile {
  readonly path: string;
  readonly content: string;
  readonly where?: string;
  owner?: ComponentDraft;
  how?: string;
  reading?: ConfigReading;
}

/** Config files named by environment or profile: appsettings.Production.json, application-prod.yml. */
const variantPattern = /^(appsettings)\.([^.]+)\.json$|^(application|bootstrap)-([^.]+)\.(ya?ml|properties)$/i;

/**
 * Reads the config files beside the deployment files and gives each to the component that reads
 * it: the one that mounts it, the one whose name or build folder is in its path, the one whose
 * Spring application name it declares, or, for a proxy's config, the one that listens on its port.
 * Their addresses join that component's references; a proxy config that routes makes its reader a gateway.
 */
export function attachConfigFiles(
  files: readonly InputFile[],
  mounted: ReadonlyArray<{ draft: ComponentDraft; path: string; content: string; where: string }>,
  drafts: readonly ComponentDraft[],
  report: ReportBuilder,
): void {
  const configs: ConfigFile[] = [
    ...files.map((f) => ({ path: f.path, content: f.content })),
    ...mounted.map((m) => ({ path: m.path, content: m.content, where: m.where, owner: m.draft, how: 'it mounts it from a ConfigMap' })),
  ];
  const unread: string[] = [];
  for (const config of configs) {
    try {
      config.reading = readConfig(config.path, config.content, config.where ?? config.path);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      report.ignore(`${error.message.replace(/ Fix the YAML and import it again\.$/, '')} It was not read.`);
    }
  }
  const byFolder = folderIndex(drafts);
  const byName = new Map(drafts.map((d) => [d.name.toLowerCase(), d]));
  for (const config of configs) {
    if (!config.reading || config.owner) continue;
    const found = mountedBy(config.path, drafts) ?? folderOwner(config.path, byFolder) ?? appNamed(config.reading, byName) ?? proxyOwner(config, drafts);
    if (found) {
      config.owner = found.draft;
      config.how = found.how;
    } else if (config.reading.references.length > 0) unread.push(config.path);
  }
  const skipped = skipInactiveVariants(configs, report);
  for (const config of configs) {
    if (!config.owner || !config.reading || skipped.has(config)) continue;
    attach(config, config.owner, config.reading, report);
  }
  if (unread.length > 0)
    report.ignore(
      `${listPaths(unread)}: no component could be found that reads ${unread.length === 1 ? 'it' : 'them'} (none mounts ${unread.length === 1 ? 'it' : 'them'}, and no folder in ${unread.length === 1 ? 'its' : 'their'} path names one). Put each service's config in a folder named after the service to import its addresses.`,
    );
}

function attach(config: ConfigFile, owner: ComponentDraft, reading: ConfigReading, report: ReportBuilder): void {
  const where = config.where ?? config.path;
  owner.references.push(...reading.references);
  report.sources.push(`${where}: ${formatName(reading.format)} of "${owner.name}" (${config.how})`);
  if (config.how?.includes('guess'))
    report.confirm(
      `${where} was read as the ${formatName(reading.format)} of "${owner.name}": ${config.how}. If another component reads it, its routes belong there.`,
      { where: [where], component: owner.name },
    );
  if (reading.routes && (owner.kind === 'service' || owner.kindGuess.uncertain) && owner.kind !== 'load-balancer' && owner.kind !== 'api-gateway') {
    owner.kind = 'api-gateway';
    owner.kindGuess = { kind: 'api-gateway', reason: `its ${formatName(reading.format)} (${where}) routes requests to other components`, uncertain: true };
  }
  if (reading.sticky && (owner.kind === 'load-balancer' || owner.kind === 'api-gateway')) {
    owner.deployment.stickySessions = true;
    report.evidence(`"${owner.name}" pins each client to one upstream instance (sticky sessions).`, { where: [reading.sticky], component: owner.name });
  }
}

function formatName(format: ConfigReading['format']): string {
  return {
    nginx: 'nginx config',
    haproxy: 'HAProxy config',
    envoy: 'Envoy config',
    traefik: 'Traefik config',
    caddy: 'Caddyfile',
    spring: 'Spring config',
    appsettings: '.NET appsettings',
    settings: 'settings file',
  }[format];
}

function mountedBy(path: string, drafts: readonly ComponentDraft[]): { draft: ComponentDraft; how: string } | undefined {
  for (const draft of drafts) {
    for (const mount of draft.mounts ?? []) {
      if (path === mount || path.startsWith(`${mount}/`)) return { draft, how: `it mounts ${mount}` };
    }
  }
  return undefined;
}

function folderIndex(drafts: readonly ComponentDraft[]): Map<string, ComponentDraft> {
  const index = new Map<string, ComponentDraft>();
  for (const draft of drafts) for (const folder of draft.configFolders) if (!index.has(folder)) index.set(folder, draft);
  return index;
}

/** The nearest folder of the path that names a component (its name or its build folder). */
function folderOwner(path: string, byFolder: ReadonlyMap<string, ComponentDraft>): { draft: ComponentDraft; how: string } | undefined {
  const folders = posix.dirname(path).split('/').reverse();
  for (const folder of folders) {
    const draft = byFolder.get(folder.toLowerCase());
    if (draft) return { draft, how: `it sits in the folder ${folder}` };
  }
  const stem = posix.basename(path).toLowerCase();
  for (const [folder, draft] of byFolder)
    if (folder.length > 2 && stem.startsWith(`${folder}-`)) return { draft, how: `its file name starts with "${folder}"` };
  return undefined;
}

function appNamed(reading: ConfigReading, byName: ReadonlyMap<string, ComponentDraft>): { draft: ComponentDraft; how: string } | undefined {
  const draft = reading.appName ? byName.get(reading.appName.toLowerCase()) : undefined;
  return draft ? { draft, how: `its spring.application.name is "${reading.appName}"` } : undefined;
}

/**
 * A proxy's config that nothing mounts: the component that listens on its ports (a proxy or gateway
 * first), and that is not itself one of its upstreams.
 */
function proxyOwner(config: ConfigFile, drafts: readonly ComponentDraft[]): { draft: ComponentDraft; how: string } | undefined {
  const reading = config.reading!;
  if (!reading.routes || reading.listenPorts.length === 0) return undefined;
  const upstreams = new Set(reading.references.map((r) => r.text.toLowerCase()));
  const listening = drafts.filter(
    (d) =>
      d.entry !== undefined && reading.listenPorts.every((port) => d.ports.includes(port)) && !d.hosts.some((h) => [...upstreams].some((u) => u.includes(h))),
  );
  const proxies = listening.filter((d) => d.kind === 'load-balancer' || d.kind === 'api-gateway');
  const chosen = proxies.length === 1 ? proxies[0] : listening.length === 1 ? listening[0] : undefined;
  return chosen
    ? { draft: chosen, how: `it listens on port ${reading.listenPorts.join(', ')}, as "${chosen.name}" does; nothing mounts it, so this is a guess` }
    : undefined;
}

/**
 * appsettings.Production.json and application-prod.yml apply only in their environment: the ones
 * the component's environment selects (ASPNETCORE_ENVIRONMENT, DOTNET_ENVIRONMENT,
 * SPRING_PROFILES_ACTIVE) are read with the base file; with no selection and no base file, all are.
 */
function skipInactiveVariants(configs: readonly ConfigFile[], report: ReportBuilder): Set<ConfigFile> {
  const skipped = new Set<ConfigFile>();
  const groups = new Map<string, ConfigFile[]>();
  for (const config of configs) {
    if (!config.owner) continue;
    const base = posix.basename(config.path).toLowerCase();
    const family = base.startsWith('appsettings') ? 'appsettings' : /^(application|bootstrap)[-.]/.test(base) ? base.split(/[-.]/)[0]! : undefined;
    if (!family) continue;
    const key = `${config.owner.name}\u0000${posix.dirname(config.path)}\u0000${family}`;
    const group = groups.get(key);
    if (group) group.push(config);
    else groups.set(key, [config]);
  }
  for (const group of groups.values()) {
    const owner = group[0]!.owner!;
    const active = activeEnvironments(owner);
    const variants = group.filter((c) => variantPattern.test(posix.basename(c.path)));
    const hasBase = variants.length < group.length;
    for (const variant of variants) {
      const match = variantPattern.exec(posix.basename(variant.path))!;
      const name = (match[2] ?? match[4] ?? '').toLowerCase();
      const keep = active.size > 0 ? active.has(name) : !hasBase;
      if (!keep) {
        skipped.add(variant);
        report.ignore(
          `${variant.path}: applies to the "${name}" environment, which "${owner.name}" is not set to run in${active.size > 0 ? ` (${[...active].join(', ')})` : ''}.`,
        );
      }
    }
  }
  return skipped;
}

function activeEnvironments(draft: ComponentDraft): Set<string> {
  const active = new Set<string>();
  for (const reference of draft.references) {
    if (/^(ASPNETCORE_ENVIRONMENT|DOTNET_ENVIRONMENT|SPRING_PROFILES_ACTIVE|spring\.profiles\.active)$/i.test(reference.key)) {
      for (const name of reference.text.split(',')) if (name.trim() !== '') active.add(name.trim().toLowerCase());
    }
  }
  return active;
}
