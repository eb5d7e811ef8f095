import { parseDocument } from 'yaml';
import { AppError, type Problem } from '../../shared/ipc/errors';

/** A compose file larger than this is refused before parsing. */
export const MAX_COMPOSE_BYTES = 2 * 1024 * 1024;

export type ComposeService = Record<string, unknown>;

export interface ComposeFile {
  readonly services: ReadonlyMap<string, ComposeService>;
  /** Top-level sections other than `services` and `version` (networks, volumes, secrets…). */
  readonly otherSections: readonly string[];
  /** Notes gathered while resolving `extends`, for the import report. */
  readonly notes: readonly string[];
}

/** Reads another compose file named by `extends.file`, relative to the imported one; null when unavailable. */
export type ReadRelative = (relativePath: string) => string | null;

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Parses compose YAML (anchors and `<<` merge keys allowed) into plain data. Malformed YAML is
 * refused with the line and column of every error; so is a file without a `services` mapping.
 */
export function parseComposeYaml(fileName: string, content: string): Record<string, unknown> {
  if (content.length > MAX_COMPOSE_BYTES) {
    throw new AppError('FILE_TOO_LARGE', `${fileName} is larger than ${MAX_COMPOSE_BYTES / 1024 / 1024} MB; a compose file is usually a few kilobytes. Check that you chose the right file.`);
  }
  const document = parseDocument(content, { merge: true, prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    const problems: Problem[] = document.errors.map((error) => {
      const position = error.linePos?.[0];
      const firstLine = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '.');
      return position ? { path: fileName, message: firstLine, line: position.line, column: position.col } : { path: fileName, message: firstLine };
    });
    const first = problems[0]!;
    const where = first.line !== undefined ? ` at line ${first.line}, column ${first.column}` : '';
    throw new AppError('INVALID_INPUT', `${fileName} is not valid YAML${where}: ${first.message} Fix the YAML and import it again.`, problems);
  }
  let data: unknown;
  try {
    // Alias expansion is bounded so a "billion laughs" file cannot exhaust memory.
    data = document.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    throw new AppError('INVALID_INPUT', `${fileName} could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isRecord(data) || !isRecord(data['services'])) {
    throw new AppError('INVALID_INPUT', `${fileName} has no "services" mapping. A docker-compose file lists its containers under "services:" (compose v2 and later); version 1 files must be converted first.`, [{ path: 'services', message: 'missing or not a mapping' }]);
  }
  return data;
}

/** Loads a compose file and resolves `extends` (same file always; other files through `readRelative`). */
export function loadComposeFile(fileName: string, content: string, readRelative?: ReadRelative): ComposeFile {
  const data = parseComposeYaml(fileName, content);
  const raw = data['services'] as Record<string, unknown>;
  const notes: string[] = [];
  const services = new Map<string, ComposeService>();
  for (const [name, service] of Object.entries(raw)) {
    if (!isRecord(service)) {
      throw new AppError('INVALID_INPUT', `${fileName}: services.${name} is not a mapping. Each service needs keys such as "image:" under it.`, [{ path: `services.${name}`, message: 'not a mapping' }]);
    }
    services.set(name, resolveExtends(fileName, name, service, raw, readRelative, notes, new Set([`${fileName}#${name}`])));
  }
  const otherSections = Object.keys(data).filter((key) => key !== 'services' && key !== 'version' && key !== 'name' && !key.startsWith('x-'));
  return { services, otherSections, notes };
}

function resolveExtends(
  fileName: string,
  name: string,
  service: ComposeService,
  siblings: Record<string, unknown>,
  readRelative: ReadRelative | undefined,
  notes: string[],
  seen: Set<string>,
): ComposeService {
  const spec = service['extends'];
  if (spec === undefined) return service;
  const { file, baseName } = extendsTarget(fileName, name, spec);
  let base: unknown;
  let baseFile = fileName;
  let baseSiblings = siblings;
  if (file === undefined) {
    base = siblings[baseName];
  } else {
    const text = readRelative?.(file) ?? null;
    if (text === null) {
      notes.push(`"${name}" extends "${baseName}" in ${file}, which could not be read here; only its own settings were imported.`);
      return withoutExtends(service);
    }
    baseFile = file;
    baseSiblings = parseComposeYaml(file, text)['services'] as Record<string, unknown>;
    base = baseSiblings[baseName];
  }
  if (!isRecord(base)) {
    throw new AppError('INVALID_INPUT', `${fileName}: services.${name}.extends names service "${baseName}"${file ? ` in ${file}` : ''}, which does not exist. Fix the service name.`, [{ path: `services.${name}.extends`, message: `no service "${baseName}"` }]);
  }
  const key = `${baseFile}#${baseName}`;
  if (seen.has(key)) {
    throw new AppError('INVALID_INPUT', `${fileName}: services.${name}.extends forms a cycle through "${baseName}". Remove one of the extends.`, [{ path: `services.${name}.extends`, message: 'extends cycle' }]);
  }
  const resolvedBase = resolveExtends(baseFile, baseName, base, baseSiblings, readRelative, notes, new Set([...seen, key]));
  return mergeService(resolvedBase, withoutExtends(service));
}

function extendsTarget(fileName: string, name: string, spec: unknown): { file: string | undefined; baseName: string } {
  if (typeof spec === 'string') return { file: undefined, baseName: spec };
  if (isRecord(spec) && typeof spec['service'] === 'string') {
    return { file: typeof spec['file'] === 'string' ? spec['file'] : undefined, baseName: spec['service'] };
  }
  throw new AppError('INVALID_INPUT', `${fileName}: services.${name}.extends must be a service name or { service, file }.`, [{ path: `services.${name}.extends`, message: 'expected a service name or { service, file }' }]);
}

function withoutExtends(service: ComposeService): ComposeService {
  const { extends: _dropped, ...rest } = service;
  return rest;
}

/** Compose's merge: the extending service wins; mappings merge key by key; lists add up. */
function mergeService(base: ComposeService, own: ComposeService): ComposeService {
  const merged: ComposeService = { ...base };
  for (const [key, value] of Object.entries(own)) {
    const previous = merged[key];
    if (key === 'environment') merged[key] = { ...environmentMap(previous), ...environmentMap(value) };
    else if (isRecord(previous) && isRecord(value)) merged[key] = { ...previous, ...value };
    else if (Array.isArray(previous) && Array.isArray(value)) merged[key] = [...new Set([...previous, ...value])];
    else merged[key] = value;
  }
  return merged;
}

/** `environment` as a mapping, from either its list (`KEY=value`) or its mapping form. */
export function environmentMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (Array.isArray(value)) {
    for (const entry of value) {
      if (typeof entry !== 'string') continue;
      const index = entry.indexOf('=');
      if (index < 0) out[entry] = '';
      else out[entry.slice(0, index)] = entry.slice(index + 1);
    }
  } else if (isRecord(value)) {
    for (const [key, entry] of Object.entries(value)) out[key] = entry === null || entry === undefined ? '' : String(entry);
  }
  return out;
}
