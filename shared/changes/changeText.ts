import type { Project } from '../model/project';
import type { JsonValue, PropertyChange } from './propertyChanges';

/**
 * Changes as people read them, the same in `tenfold diff` and in the app's comparison: ids shown
 * as the names of components and zones, lists in brackets, a property not set as "(unset)".
 */

/** Names of components and zones on either side of a comparison. */
export interface Names {
  component(id: string): string;
  zone(id: string): string;
}

/** Names from both versions; the later one's name wins. */
export function namesOf(projects: { readonly before: Project; readonly after: Project }): Names {
  const components = new Map<string, string>();
  const zones = new Map<string, string>();
  for (const project of [projects.before, projects.after]) {
    for (const c of project.components) components.set(c.id, c.name);
    for (const z of project.zones) zones.set(z.id, z.name);
  }
  return { component: (id) => components.get(id) ?? id, zone: (id) => zones.get(id) ?? id };
}

const componentPaths = new Set(['from', 'to', 'cachedBy']);

/** A property value as a reader wants it: ids as names, lists in brackets, unset as "(unset)". */
export function valueText(path: string, value: JsonValue | undefined, names: Names): string {
  if (value === undefined) return '(unset)';
  if (path === 'zoneIds' && Array.isArray(value)) return `[${value.map((id) => names.zone(String(id))).join(', ')}]`;
  if (componentPaths.has(path) && typeof value === 'string') return names.component(value);
  if (Array.isArray(value)) return `[${value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ')}]`;
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** "deployment.instances 1 → 3". */
export function changeText(change: PropertyChange, names: Names): string {
  return `${change.path} ${valueText(change.path, change.before, names)} → ${valueText(change.path, change.after, names)}`;
}

/** A finding key ("rule|id|id") as the rule and the names of its targets. */
export function keyText(key: string, names: Names): string {
  const [ruleId, ...ids] = key.split('|');
  return ids.length === 0 ? ruleId! : `${ruleId} (${ids.map((id) => names.component(id)).join(', ')})`;
}
