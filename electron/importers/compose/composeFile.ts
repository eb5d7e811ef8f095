import { posix } from 'node:path';
import { AppError } from '../../../shared/ipc/errors';
import { parseYaml } from '../yamlText';
import { interpolateData, type Interpolation } from './variables';
import { isRecord, mergeService, withoutMarkers, type ComposeService } from './merge';

/** A compose file larger than this is refused before parsing. */
export const MAX_COMPOSE_BYTES = 8 * 1024 * 1024;

export interface ComposeText {
  /** The file's path as the user gave it (relative to the import's folder, '/' separators). */
  readonly path: string;
  readonly content: string;
}

export interface ComposeProject {
  /** Services after overrides, `extends` and variables, by name. */
  readonly services: ReadonlyMap<string, ComposeService>;
  /** The file each service was first declared in. */
  readonly declaredIn: ReadonlyMap<string, string>;
  /** Top-level sections other than `services`, `version` and `name` (networks, volumes, secrets…). */
  readonly otherSections: readonly string[];
  /** The top-level `name` of the last file that sets one. */
  readonly name?: string;
  /** Notes for the report (extends that could not be followed). */
  readonly notes: readonly string[];
}

/** Reads another file relative to the folder of `fromFile`; null when it is not available. */
export type ReadRelative = (fromFile: string, relativePath: string) => ComposeText | null;

/**
 * Parses compose YAML into plain data. Malformed YAML is refused with the line and column of every
 * error; so is a file without a `services` mapping.
 */
export function parseComposeYaml(fileName: string, content: string): Record<string, unknown> {
  if (content.length > MAX_COMPOSE_BYTES) {
    throw new AppError(
      'FILE_TOO_LARGE',
      `${fileName} is larger than ${MAX_COMPOSE_BYTES / 1024 / 1024} MB; a compose file is usually a few kilobytes. Check that you chose the right file.`,
    );
  }
  const data = parseYaml(fileName, content);
  if (!isRecord(data) || !isRecord(data['services'])) {
    throw new AppError(
      'INVALID_INPUT',
      `${fileName} has no "services" mapping. A docker-compose file lists its containers under "services:" (compose v2 and later); version 1 files must be converted first.`,
      [{ path: 'services', message: 'missing or not a mapping' }],
    );
  }
  return data;
}

/**
 * Loads a compose project: the first file, then each override merged over it the way Compose
 * merges `-f` files, variables expanded in each file, and `extends` resolved (in the same file, or
 * in another through `readRelative`).
 */
export function loadCompose(files: readonly ComposeText[], interpolation: Interpolation, readRelative?: ReadRelative): ComposeProject {
  const services = new Map<string, ComposeService>();
  const declaredIn = new Map<string, string>();
  const otherSections = new Set<string>();
  const notes: string[] = [];
  let name: string | undefined;
  for (const file of files) {
    const parsed = parseComposeYaml(file.path, file.content);
    const data = (file.content.includes('$') ? interpolateData(parsed, interpolation) : parsed) as Record<string, unknown>;
    const raw = data['services'] as Record<string, unknown>;
    for (const [serviceName, service] of Object.entries(raw)) {
      if (!isRecord(service)) {
        throw new AppError('INVALID_INPUT', `${file.path}: services.${serviceName} is not a mapping. Each service needs keys such as "image:" under it.`, [
          { path: `services.${serviceName}`, message: 'not a mapping' },
        ]);
      }
      const resolved = resolveExtends({
        file,
        serviceName,
        service,
        siblings: raw,
        interpolation,
        readRelative,
        notes,
        seen: new Set([`${file.path}#${serviceName}`]),
      });
      const previous = services.get(serviceName);
      services.set(serviceName, previous ? mergeService(previous, resolved) : withoutMarkers(resolved));
      if (!declaredIn.has(serviceName)) declaredIn.set(serviceName, file.path);
    }
    for (const key of Object.keys(data)) if (!['services', 'version', 'name'].includes(key) && !key.startsWith('x-')) otherSections.add(key);
    if (typeof data['name'] === 'string' && data['name'].trim() !== '') name = data['name'].trim();
  }
  return { services, declaredIn, otherSections: [...otherSections], ...(name ? { name } : {}), notes };
}

interface ExtendsStep {
  readonly file: ComposeText;
  readonly serviceName: string;
  readonly service: ComposeService;
  readonly siblings: Record<string, unknown>;
  readonly interpolation: Interpolation;
  readonly readRelative: ReadRelative | undefined;
  readonly notes: string[];
  readonly seen: Set<string>;
}

function resolveExtends(step: ExtendsStep): ComposeService {
  const { file, serviceName, service, siblings, readRelative, notes, seen } = step;
  const spec = service['extends'];
  if (spec === undefined) return service;
  const { relativeFile, baseName } = extendsTarget(file.path, serviceName, spec);
  let baseFile = file;
  let baseSiblings = siblings;
  if (relativeFile !== undefined) {
    const other = readRelative?.(file.path, relativeFile) ?? null;
    if (other === null) {
      notes.push(`"${serviceName}" extends "${baseName}" in ${relativeFile}, which could not be read here; only its own settings were imported.`);
      return withoutExtends(service);
    }
    baseFile = other;
    baseSiblings = interpolateData(parseComposeYaml(other.path, other.content), step.interpolation) as Record<string, unknown>;
    baseSiblings = baseSiblings['services'] as Record<string, unknown>;
  }
  const base = Object.hasOwn(baseSiblings, baseName) ? baseSiblings[baseName] : undefined;
  if (!isRecord(base)) {
    throw new AppError(
      'INVALID_INPUT',
      `${file.path}: services.${serviceName}.extends names service "${baseName}"${relativeFile ? ` in ${relativeFile}` : ''}, which does not exist. Fix the service name.`,
      [{ path: `services.${serviceName}.extends`, message: `no service "${baseName}"` }],
    );
  }
  const key = `${baseFile.path}#${baseName}`;
  if (seen.has(key)) {
    throw new AppError('INVALID_INPUT', `${file.path}: services.${serviceName}.extends forms a cycle through "${baseName}". Remove one of the extends.`, [
      { path: `services.${serviceName}.extends`, message: 'extends cycle' },
    ]);
  }
  const resolvedBase = resolveExtends({ ...step, file: baseFile, serviceName: baseName, service: base, siblings: baseSiblings, seen: new Set([...seen, key]) });
  return mergeService(withoutExtends(resolvedBase), withoutExtends(service));
}

function extendsTarget(fileName: string, name: string, spec: unknown): { relativeFile: string | undefined; baseName: string } {
  if (typeof spec === 'string') return { relativeFile: undefined, baseName: spec };
  if (isRecord(spec) && typeof spec['service'] === 'string') {
    return { relativeFile: typeof spec['file'] === 'string' ? spec['file'] : undefined, baseName: spec['service'] };
  }
  throw new AppError('INVALID_INPUT', `${fileName}: services.${name}.extends must be a service name or { service, file }.`, [
    { path: `services.${name}.extends`, message: 'expected a service name or { service, file }' },
  ]);
}

function withoutExtends(service: ComposeService): ComposeService {
  const { extends: _dropped, ...rest } = service;
  return rest;
}

/** "shop/docker-compose.yml" + "../common.yml" → "common.yml". */
export function relativeTo(fromFile: string, relativePath: string): string {
  return posix.normalize(posix.join(posix.dirname(fromFile), relativePath.replace(/\\/g, '/')));
}
