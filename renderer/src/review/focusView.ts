import type { Project } from '../../../shared/model/project';
import type { Finding } from '../../../shared/model/finding';
import type { ConnectionKind } from '../../../shared/model/connection';

/**
 * The part of the diagram a finding concerns, laid out in three columns: what calls its
 * components (left), the components themselves (middle), what they call (right). Review mode
 * draws this beside the finding so the room sees the neighbourhood without hunting on the canvas.
 */
export interface FocusNode {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly column: 0 | 1 | 2;
  readonly row: number;
  readonly target: boolean;
}

export interface FocusEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: ConnectionKind;
  readonly target: boolean;
}

export interface FocusView {
  readonly nodes: readonly FocusNode[];
  readonly edges: readonly FocusEdge[];
  /** Neighbours left out per column because a column shows at most `perColumn`. */
  readonly hidden: readonly [number, number, number];
}

export function focusView(project: Project, finding: Finding, perColumn = 5): FocusView {
  const components = new Map<string, Project['components'][number]>(project.components.map((c) => [c.id, c]));
  const targetConnections = new Set(finding.targets.connections);
  const middle = new Set<string>(finding.targets.components.filter((id) => components.has(id)));
  // A finding about a connection concerns both of its ends.
  for (const connection of project.connections) {
    if (targetConnections.has(connection.id)) {
      middle.add(connection.from);
      middle.add(connection.to);
    }
  }
  const left: string[] = [];
  const right: string[] = [];
  for (const connection of project.connections) {
    if (middle.has(connection.to) && !middle.has(connection.from) && !left.includes(connection.from)) left.push(connection.from);
    if (middle.has(connection.from) && !middle.has(connection.to) && !right.includes(connection.to)) right.push(connection.to);
  }
  // A component both calling and called by the targets is drawn once, on the left.
  const rightOnly = right.filter((id) => !left.includes(id));
  const columns = [left, [...middle], rightOnly] as const;
  const nodes: FocusNode[] = [];
  columns.forEach((ids, column) => {
    ids.slice(0, perColumn).forEach((id, row) => {
      const component = components.get(id);
      if (component) nodes.push({ id, name: component.name, kind: component.kind, column: column as 0 | 1 | 2, row, target: column === 1 });
    });
  });
  const shown = new Set(nodes.map((n) => n.id));
  const edges: FocusEdge[] = project.connections
    .filter((c) => shown.has(c.from) && shown.has(c.to) && (middle.has(c.from) || middle.has(c.to)))
    .map((c) => ({ from: c.from, to: c.to, kind: c.kind, target: targetConnections.has(c.id) }));
  const hidden = columns.map((ids) => Math.max(0, ids.length - perColumn)) as unknown as [number, number, number];
  return { nodes, edges, hidden };
}
