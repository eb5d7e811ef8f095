import type { Component } from '../../../shared/model/component';
import type { Connection } from '../../../shared/model/connection';
import { mermaidLabel } from '../mermaidText';
import { connectionArrows } from '../mermaid';
import type { DiffReport } from './changeWords';

/** Changed components drawn at most; their neighbours fill up to MAX_NODES. */
const MAX_CHANGED = 25;
const MAX_NODES = 40;

type Change = 'added' | 'removed' | 'changed';

const nodeStyles: Readonly<Record<Change, string>> = {
  added: 'fill:#d3f9d8,stroke:#2b8a3e,stroke-width:2px',
  removed: 'fill:#ffe3e3,stroke:#c92a2a,stroke-width:2px,stroke-dasharray:4 3',
  changed: 'fill:#fff3bf,stroke:#e67700,stroke-width:2px',
};
const edgeStyles: Readonly<Record<Change, string>> = {
  added: 'stroke:#2b8a3e,stroke-width:2px',
  removed: 'stroke:#c92a2a,stroke-width:2px,stroke-dasharray:4 3',
  changed: 'stroke:#e67700,stroke-width:2px',
};

const storeKinds = new Set(['database', 'cache', 'search', 'object-storage', 'queue', 'stream']);
const edgeKinds = new Set(['client', 'external-api', 'cdn', 'dns']);

/**
 * Classic Mermaid shapes only (cylinder, stadium, box): a pull-request comment is drawn by the
 * code host's Mermaid, which may predate the `@{ shape }` syntax the full export uses.
 */
function nodeLine(id: string, component: Component, label: string): string {
  const text = `"${mermaidLabel(label)}"`;
  if (storeKinds.has(component.kind)) return `  ${id}[(${text})]`;
  if (edgeKinds.has(component.kind)) return `  ${id}([${text}])`;
  return `  ${id}[${text}]`;
}

export interface ChangeDiagram {
  /** Mermaid flowchart text (no fence). Empty when no component or connection changed. */
  readonly text: string;
  /** Changed components left out of the diagram to keep it readable. */
  readonly omitted: number;
}

/**
 * A small Mermaid flowchart of the changed neighbourhood: every added, removed or changed
 * component (and the ends of every changed connection), with their direct neighbours, coloured
 * by change (added green, removed red and dashed, changed amber) and labelled with the change so
 * it reads without colour too.
 */
export function changeDiagram(report: DiffReport): ChangeDiagram {
  const { architecture } = report.comparison;
  const change = new Map<string, Change>();
  for (const c of architecture.components.added) change.set(c.id, 'added');
  for (const c of architecture.components.removed) change.set(c.id, 'removed');
  for (const c of architecture.components.changed) change.set(c.id, 'changed');
  const renamedFrom = new Map(architecture.components.changed.filter((c) => c.renamedFrom !== undefined).map((c) => [c.id, c.renamedFrom!]));

  const touched = new Set(change.keys());
  const connectionChange = new Map<string, Change>();
  for (const list of ['added', 'removed', 'changed'] as const) {
    for (const c of architecture.connections[list]) {
      connectionChange.set(c.id, list);
      touched.add(c.from);
      touched.add(c.to);
    }
  }
  if (touched.size === 0) return { text: '', omitted: 0 };
  const drawn = new Set([...touched].slice(0, MAX_CHANGED));
  const omitted = Math.max(0, touched.size - MAX_CHANGED);

  // The connections to draw: the new side's as they are now, and the removed ones as they were.
  const removedIds = new Set(architecture.connections.removed.map((c) => c.id));
  const connections: Connection[] = [...report.after.connections, ...report.before.connections.filter((c) => removedIds.has(c.id))];
  for (const connection of connections) {
    if (drawn.size >= MAX_NODES) break;
    const fromIn = drawn.has(connection.from);
    const toIn = drawn.has(connection.to);
    if (fromIn && !toIn && change.has(connection.from)) drawn.add(connection.to);
    else if (toIn && !fromIn && change.has(connection.to)) drawn.add(connection.from);
  }

  const components = new Map<string, Component>();
  for (const project of [report.before, report.after]) for (const c of project.components) if (drawn.has(c.id)) components.set(c.id, c);
  const ordered = [...drawn].filter((id) => components.has(id)).sort();
  const ids = new Map(ordered.map((id, i) => [id, `n${i + 1}`]));
  const lines = ['flowchart LR'];
  for (const id of ordered) {
    const component = components.get(id)!;
    const kind = change.get(id);
    const renamed = renamedFrom.get(id);
    const note = kind === undefined ? '' : kind === 'changed' && renamed !== undefined ? ` (renamed from ${renamed})` : ` (${kind})`;
    lines.push(nodeLine(ids.get(id)!, component, `${component.name}${note}`));
  }
  const edgeStyleLines: string[] = [];
  let edgeIndex = 0;
  const edges = connections.filter((c) => ids.has(c.from) && ids.has(c.to)).sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const connection of edges) {
    const kind = connectionChange.get(connection.id);
    const arrow = connectionArrows[connection.kind];
    const from = ids.get(connection.from)!;
    const to = ids.get(connection.to)!;
    lines.push(kind === undefined ? `  ${from} ${arrow} ${to}` : `  ${from} ${arrow}|"${kind}"| ${to}`);
    if (kind !== undefined) edgeStyleLines.push(`  linkStyle ${edgeIndex} ${edgeStyles[kind]}`);
    edgeIndex++;
  }
  for (const kind of ['added', 'removed', 'changed'] as const) {
    const members = ordered.filter((id) => change.get(id) === kind).map((id) => ids.get(id)!);
    if (members.length === 0) continue;
    lines.push(`  classDef ${kind} ${nodeStyles[kind]}`, `  class ${members.join(',')} ${kind}`);
  }
  lines.push(...edgeStyleLines);
  return { text: `${lines.join('\n')}\n`, omitted };
}
