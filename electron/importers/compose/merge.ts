import { OVERRIDE_KEY, RESET_MARK } from '../yamlText';

export type ComposeService = Record<string, unknown>;

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Sequences an override replaces rather than extends. */
const replacedKeys = new Set(['command', 'entrypoint']);
/** Settings written as `KEY=value` lists or mappings: merged by key. */
const keyedKeys = new Set(['environment', 'labels', 'annotations', 'extra_hosts', 'sysctls']);
/** Lists of names or mappings by name: merged by name. */
const namedKeys = new Set(['depends_on', 'networks']);
/** Mounts: merged by the path inside the container. */
const mountKeys = new Set(['volumes', 'devices', 'secrets', 'configs']);

/**
 * Compose's merge of one service over another (override files and `extends`): mappings merge key
 * by key, environment and labels by variable, depends_on and networks by name, volumes by mount
 * path, command and entrypoint are replaced, other lists add up, scalars are replaced.
 * `!reset` removes a setting and `!override` replaces it whole.
 */
export function mergeService(base: ComposeService, own: ComposeService): ComposeService {
  const merged = plainCopy(base);
  for (const [key, value] of Object.entries(own)) {
    if (value === RESET_MARK) {
      delete merged[key];
      continue;
    }
    if (isOverride(value)) {
      merged[key] = value[OVERRIDE_KEY];
      continue;
    }
    const previous = merged[key];
    if (previous === undefined || replacedKeys.has(key)) merged[key] = value;
    else if (keyedKeys.has(key)) merged[key] = Object.assign(environmentMap(previous), environmentMap(value));
    else if (namedKeys.has(key)) merged[key] = Object.assign(plainCopy(namedMap(previous)), namedMap(value));
    else if (mountKeys.has(key) && Array.isArray(previous) && Array.isArray(value)) merged[key] = mergeMounts(previous, value);
    else if (isRecord(previous) && isRecord(value)) merged[key] = mergeMapping(previous, value);
    else if (Array.isArray(previous) && Array.isArray(value)) merged[key] = unique([...previous, ...value]);
    else merged[key] = value;
  }
  return merged;
}

/** Nested mappings (deploy, healthcheck, build): key by key, with lists inside replaced. */
function mergeMapping(base: Record<string, unknown>, own: Record<string, unknown>): Record<string, unknown> {
  const merged = plainCopy(base);
  for (const [key, value] of Object.entries(own)) {
    if (value === RESET_MARK) delete merged[key];
    else if (isOverride(value)) merged[key] = value[OVERRIDE_KEY];
    else if (isRecord(merged[key]) && isRecord(value)) merged[key] = mergeMapping(merged[key], value);
    else merged[key] = value;
  }
  return merged;
}

/** A service's settings with the override markers of a file that overrides nothing taken out. */
export function withoutMarkers(service: ComposeService): ComposeService {
  return mergeService({}, service);
}

/** A copy without a prototype, so a hostile key such as "__proto__" stays an ordinary key. */
function plainCopy(value: Record<string, unknown>): Record<string, unknown> {
  return Object.assign(Object.create(null) as Record<string, unknown>, value);
}

function isOverride(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && Object.hasOwn(value, OVERRIDE_KEY);
}

function unique(values: unknown[]): unknown[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = typeof value === 'string' ? value : JSON.stringify(value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function mergeMounts(base: unknown[], own: unknown[]): unknown[] {
  const byTarget = new Map<string, unknown>();
  for (const mount of [...base, ...own]) byTarget.set(mountTarget(mount), mount);
  return [...byTarget.values()];
}

/** "./data:/var/lib/mysql:ro" → "/var/lib/mysql"; { target } → target; "/var/lib/mysql" → itself. */
export function mountTarget(mount: unknown): string {
  if (isRecord(mount)) return String(mount['target'] ?? mount['source'] ?? JSON.stringify(mount));
  if (typeof mount !== 'string') return JSON.stringify(mount);
  const parts = mount.split(':');
  // A Windows drive letter ("C:\data:/data") is part of the source, not a separator.
  if (parts.length >= 3 && /^[A-Za-z]$/.test(parts[0]!)) parts.splice(0, 2, `${parts[0]}:${parts[1]}`);
  return parts.length === 1 ? parts[0]! : parts[1]!;
}

function namedMap(value: unknown): Record<string, unknown> {
  if (Array.isArray(value)) return plainCopy(Object.fromEntries(value.filter((v): v is string => typeof v === 'string').map((name) => [name, {}])));
  return isRecord(value) ? value : {};
}

/** `environment` as a mapping, from either its list (`KEY=value`) or its mapping form. */
export function environmentMap(value: unknown): Record<string, string> {
  const out = Object.create(null) as Record<string, string>;
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
