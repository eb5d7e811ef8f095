import type { Project } from '../../shared/model/project';
import type { Component, ComponentKind } from '../../shared/model/component';
import type { Connection, ConnectionKind } from '../../shared/model/connection';
import type { Severity } from '../../shared/model/review';
import type { CheckResult } from '../../shared/ipc/contract';
import { isOpenFinding } from '../../shared/model/openFindings';
import { mermaidLabel } from './mermaidText';

export interface MermaidOptions {
  /** Wrap the diagram in a ```mermaid fenced block for Markdown documents. */
  readonly markdown?: boolean;
  /** Colour components by the severity of their worst open finding (needs a check result). */
  readonly highlightFindings?: boolean;
  readonly direction?: 'LR' | 'TB';
}

/**
 * Mermaid shape of each kind (Mermaid 11.3+ `@{ shape: … }` names). Stores are cylinders,
 * queues and streams horizontal cylinders (the flowchart symbol for sequential storage),
 * clients a browser window, third-party APIs a notched card so they stand apart from our own services.
 */
export const kindShapes: Readonly<Record<ComponentKind, string>> = {
  client: 'browser',
  cdn: 'cloud',
  dns: 'cloud',
  'load-balancer': 'trap-t',
  'api-gateway': 'hex',
  service: 'rounded',
  worker: 'st-rect',
  function: 'fr-rect',
  database: 'cyl',
  cache: 'lin-cyl',
  queue: 'h-cyl',
  stream: 'h-cyl',
  'object-storage': 'bucket',
  search: 'cyl',
  'external-api': 'notch-rect',
  identity: 'tag-rect',
  registry: 'div-rect',
  monitoring: 'curv-trap',
};

/** Line style per connection kind: solid calls, dotted messages, thick writes, dotted-circle replication. */
export const connectionArrows: Readonly<Record<ConnectionKind, string>> = {
  sync: '-->',
  read: '-->',
  write: '==>',
  async: '-.->',
  replication: '-.-o',
};

const kindWords: Readonly<Partial<Record<ConnectionKind, string>>> = {
  read: 'read',
  write: 'write',
  replication: 'replication',
};

const severityClasses: Readonly<Record<Severity, string>> = { error: 'sevError', warning: 'sevWarning', info: 'sevInfo' };
const classStyles: Readonly<Record<Severity, string>> = {
  error: 'fill:#fde2e1,stroke:#c92a2a,stroke-width:2px',
  warning: 'fill:#fff3bf,stroke:#e67700,stroke-width:2px',
  info: 'fill:#e7f5ff,stroke:#1c7ed6',
};

/** Components in a stable order (by id, as in the project file) with generated ids c1, c2, … */
export function mermaidIds(project: Project): Map<string, string> {
  const sorted = [...project.components].sort((a, b) => compare(a.id, b.id));
  return new Map(sorted.map((component, index) => [component.id as string, `c${index + 1}`]));
}

/** A Mermaid flowchart of the project. Deterministic: the same project gives the same text. */
export function exportMermaid(project: Project, check: CheckResult | null, options: MermaidOptions = {}): string {
  const ids = mermaidIds(project);
  const lines = [`flowchart ${options.direction ?? 'LR'}`];
  lines.push(...nodeLines(project, ids));
  lines.push(...edgeLines(project, ids));
  if (options.highlightFindings && check) lines.push(...classLines(check, ids));
  const text = `${lines.join('\n')}\n`;
  return options.markdown ? `\`\`\`mermaid\n${text}\`\`\`\n` : text;
}

function nodeLines(project: Project, ids: ReadonlyMap<string, string>): string[] {
  const components = [...project.components].sort((a, b) => compare(a.id, b.id));
  const groups = zoneGroups(project, components);
  const lines: string[] = [];
  for (const component of groups.outside) lines.push(`  ${node(component, ids)}`);
  groups.zoned.forEach((group, index) => {
    lines.push(`  subgraph z${index + 1}["${mermaidLabel(group.title)}"]`);
    for (const component of group.components) lines.push(`    ${node(component, ids)}`);
    lines.push('  end');
  });
  return lines;
}

function node(component: Component, ids: ReadonlyMap<string, string>): string {
  return `${ids.get(component.id)}@{ shape: ${kindShapes[component.kind]}, label: "${mermaidLabel(component.name)}" }`;
}

interface ZoneGroup {
  readonly title: string;
  readonly components: Component[];
}

/**
 * A Mermaid node sits in one subgraph only, so components spread over several zones get a
 * subgraph of their own named after all of those zones ("eu-1a + eu-1b").
 */
function zoneGroups(project: Project, components: readonly Component[]): { outside: Component[]; zoned: ZoneGroup[] } {
  const zoneNames = new Map(project.zones.map((zone) => [zone.id as string, zone.name]));
  const zoneOrder = new Map([...project.zones].sort((a, b) => compare(a.id, b.id)).map((zone, index) => [zone.id as string, index]));
  const outside: Component[] = [];
  const byKey = new Map<string, ZoneGroup>();
  for (const component of components) {
    const zoneIds = [...new Set(component.zoneIds ?? [])].filter((id) => zoneNames.has(id));
    if (zoneIds.length === 0) {
      outside.push(component);
      continue;
    }
    zoneIds.sort((a, b) => (zoneOrder.get(a) ?? 0) - (zoneOrder.get(b) ?? 0));
    const key = zoneIds.join('+');
    let group = byKey.get(key);
    if (!group) {
      group = { title: zoneIds.map((id) => zoneNames.get(id) ?? id).join(' + '), components: [] };
      byKey.set(key, group);
    }
    group.components.push(component);
  }
  const zoned = [...byKey.entries()].sort(([a], [b]) => compareZoneKeys(a, b, zoneOrder)).map(([, group]) => group);
  return { outside, zoned };
}

function compareZoneKeys(a: string, b: string, order: ReadonlyMap<string, number>): number {
  const rank = (key: string) => key.split('+').map((id) => order.get(id) ?? 0);
  const ra = rank(a);
  const rb = rank(b);
  if (ra.length !== rb.length) return ra.length - rb.length;
  for (let i = 0; i < ra.length; i += 1) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
  return 0;
}

function edgeLines(project: Project, ids: ReadonlyMap<string, string>): string[] {
  const connections = [...project.connections].sort((a, b) => compare(a.id, b.id));
  const lines: string[] = [];
  for (const connection of connections) {
    const from = ids.get(connection.from);
    const to = ids.get(connection.to);
    if (from === undefined || to === undefined) continue;
    const label = connectionLabel(connection);
    const arrow = connectionArrows[connection.kind];
    lines.push(label === '' ? `  ${from} ${arrow} ${to}` : `  ${from} ${arrow}|"${mermaidLabel(label)}"| ${to}`);
  }
  return lines;
}

/** "write · SQL · ×3": kind (where the line style alone is ambiguous), protocol, fan-out above 1. */
export function connectionLabel(connection: Connection): string {
  const parts: string[] = [];
  const word = kindWords[connection.kind];
  if (word) parts.push(word);
  const protocol = connection.protocol?.trim();
  if (protocol) parts.push(protocol);
  const calls = connection.callsPerRequest;
  if (calls !== undefined && calls > 1) parts.push(`×${formatCalls(calls)}`);
  return parts.join(' · ');
}

function formatCalls(calls: number): string {
  return Number.isInteger(calls) ? String(calls) : String(Math.round(calls * 100) / 100);
}

function classLines(check: CheckResult, ids: ReadonlyMap<string, string>): string[] {
  const worst = worstOpenSeverity(check);
  const lines: string[] = [];
  for (const severity of ['error', 'warning', 'info'] as const) {
    const members = [...worst.entries()]
      .filter(([, s]) => s === severity)
      .map(([id]) => ids.get(id))
      .filter((id): id is string => id !== undefined);
    if (members.length === 0) continue;
    members.sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
    lines.push(`  classDef ${severityClasses[severity]} ${classStyles[severity]}`);
    lines.push(`  class ${members.join(',')} ${severityClasses[severity]}`);
  }
  return lines;
}

const severityRank: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

/** Component id → severity of its worst open finding (open or planned, as the app counts). */
export function worstOpenSeverity(check: CheckResult): Map<string, Severity> {
  const worst = new Map<string, Severity>();
  for (const finding of check.findings) {
    if (!isOpenFinding(finding)) continue;
    for (const id of finding.targets.components) {
      const current = worst.get(id);
      if (current === undefined || severityRank[finding.severity] > severityRank[current]) worst.set(id, finding.severity);
    }
  }
  return worst;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
