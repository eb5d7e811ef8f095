import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Project } from '../../shared/model/project';
import type { Component, ComponentKind } from '../../shared/model/component';
import type { Connection, ConnectionKind } from '../../shared/model/connection';
import type { Severity } from '../../shared/model/review';
import { kindDefaults } from '../../shared/model/defaults';
import { escapeHtml } from './htmlText';

/** How a component is highlighted: the severity of its worst open finding. */
export type Highlight = ReadonlyMap<string, Severity>;

const NODE_HEIGHT = 46;
/** Beyond this a page-wide diagram is unreadable and ELK takes seconds; the report says so instead. */
export const MAX_DRAWN_COMPONENTS = 200;
/**
 * Layout time grows with connections and their crossings more than with components (60 densely
 * connected components took ELK longer than 200 in a chain), so connections are bounded too.
 */
export const MAX_DRAWN_CONNECTIONS = 300;
const MIN_WIDTH = 110;
const MAX_WIDTH = 240;
const FONT_SIZE = 13;

const storeShapes: ReadonlySet<ComponentKind> = new Set(['database', 'cache', 'search', 'object-storage', 'queue', 'stream']);
const fills: Readonly<Record<string, string>> = { compute: '#eef4ff', store: '#f1f8ee', edge: '#f8f0ff', external: '#fff8e6', client: '#f4f4f4' };
const severityStroke: Readonly<Record<Severity, string>> = { error: '#c92a2a', warning: '#e67700', info: '#1c7ed6' };
const edgeStyles: Readonly<Record<ConnectionKind, string>> = {
  sync: 'stroke:#495057;stroke-width:1.4',
  read: 'stroke:#495057;stroke-width:1.4',
  write: 'stroke:#343a40;stroke-width:2.6',
  async: 'stroke:#495057;stroke-width:1.4;stroke-dasharray:6 4',
  replication: 'stroke:#868e96;stroke-width:1.4;stroke-dasharray:2 3',
};

function category(kind: ComponentKind): string {
  if (kind === 'client') return 'client';
  if (kind === 'external-api') return 'external';
  if (storeShapes.has(kind)) return 'store';
  if (kind === 'cdn' || kind === 'dns' || kind === 'load-balancer' || kind === 'api-gateway') return 'edge';
  return 'compute';
}

/** Rough text width: the report must not depend on fonts installed on the machine that writes it. */
export function textWidth(text: string, size = FONT_SIZE): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) > 0x2e80 ? size : size * 0.6;
  return width;
}

/** Shortens a name to fit the node; the full name stays in the node's tooltip and the tables. */
function fitText(text: string, maxWidth: number): string {
  if (textWidth(text) <= maxWidth) return text;
  let out = '';
  for (const char of text) {
    if (textWidth(`${out}${char}…`) > maxWidth) break;
    out += char;
  }
  return `${out}…`;
}

interface Placed {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The project as an SVG diagram: laid out with ELK (layered, left to right), zones as boxes,
 * stores as cylinders, connection kinds as line styles, components outlined by their worst open
 * finding. Every text is escaped. The SVG scales to its container's width (viewBox).
 */
export async function diagramSvg(project: Project, highlight: Highlight = new Map()): Promise<string> {
  if (project.components.length === 0) return '<p class="empty">The model has no components yet.</p>';
  if (project.components.length > MAX_DRAWN_COMPONENTS) {
    return `<p class="empty">The model has ${project.components.length} components, too many to draw legibly on a page (the limit is ${MAX_DRAWN_COMPONENTS}). Export the Mermaid diagram to view it instead.</p>`;
  }
  const graph = elkGraph(project);
  const drawn = graph.edges?.length ?? 0;
  if (drawn > MAX_DRAWN_CONNECTIONS) {
    return `<p class="empty">The model has ${drawn} connections, too many to draw legibly on a page (the limit is ${MAX_DRAWN_CONNECTIONS}). Export the Mermaid diagram to view it instead.</p>`;
  }
  const layout = await new ELK().layout(graph);
  const shapes = new Map<string, Placed>();
  const zoneBoxes: { title: string; box: Placed }[] = [];
  for (const child of layout.children ?? []) {
    if (child.id.startsWith('zone:')) {
      zoneBoxes.push({ title: child.labels?.[0]?.text ?? '', box: placed(child) });
      for (const inner of child.children ?? []) shapes.set(inner.id, placed(inner));
    } else shapes.set(child.id, placed(child));
  }
  const width = Math.ceil(layout.width ?? 0);
  const height = Math.ceil(layout.height ?? 0);
  const components = new Map(project.components.map((c) => [c.id as string, c]));
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(`Diagram of ${project.name}`)}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="${FONT_SIZE}">`,
  );
  parts.push(
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#495057"/></marker></defs>',
  );
  for (const zone of zoneBoxes) parts.push(zoneSvg(zone.title, zone.box));
  const connections = new Map(project.connections.map((c) => [c.id as string, c]));
  for (const edge of layout.edges ?? []) parts.push(edgeSvg(edge, connections));
  for (const [id, box] of shapes) {
    const component = components.get(id);
    if (component) parts.push(nodeSvg(component, box, highlight.get(id)));
  }
  parts.push('</svg>');
  return parts.join('\n');
}

function placed(node: ElkNode): Placed {
  return { x: node.x ?? 0, y: node.y ?? 0, width: node.width ?? 0, height: node.height ?? 0 };
}

function elkGraph(project: Project): ElkNode {
  const components = [...project.components].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const zoneNames = new Map(project.zones.map((z) => [z.id as string, z.name]));
  const groups = new Map<string, { title: string; children: ElkNode[] }>();
  const top: ElkNode[] = [];
  for (const component of components) {
    const node = elkNode(component);
    const zoneIds = [...new Set(component.zoneIds ?? [])].filter((id) => zoneNames.has(id)).sort();
    if (zoneIds.length === 0) {
      top.push(node);
      continue;
    }
    const key = `zone:${zoneIds.join('+')}`;
    const group = groups.get(key) ?? {
      title: zoneIds
        .map((id) => zoneNames.get(id)!)
        .sort()
        .join(' + '),
      children: [],
    };
    group.children.push(node);
    groups.set(key, group);
  }
  for (const [key, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    top.push({
      id: key,
      labels: [{ text: group.title, width: textWidth(group.title, 12), height: 16 }],
      layoutOptions: { 'elk.padding': '[top=30,left=14,bottom=14,right=14]', 'elk.nodeLabels.placement': 'INSIDE V_TOP H_LEFT' },
      children: group.children,
    });
  }
  const ids = new Set(components.map((c) => c.id as string));
  const edges: ElkExtendedEdge[] = [...project.connections]
    .filter((c) => ids.has(c.from) && ids.has(c.to) && c.from !== c.to)
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((c) => ({ id: c.id, sources: [c.from], targets: [c.to] }));
  return {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      // Laying out across zone boxes is slower; only pay for it when there are zones.
      ...(groups.size > 0 ? { 'elk.hierarchyHandling': 'INCLUDE_CHILDREN' } : {}),
      'elk.json.shapeCoords': 'ROOT',
      'elk.json.edgeCoords': 'ROOT',
      'elk.spacing.nodeNode': '28',
      'elk.layered.spacing.nodeNodeBetweenLayers': '56',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.padding': '[top=12,left=12,bottom=12,right=12]',
    },
    children: top,
    edges,
  };
}

function elkNode(component: Component): ElkNode {
  const label = kindDefaults[component.kind].label;
  const width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.ceil(Math.max(textWidth(component.name), textWidth(label, 11)) + 28)));
  return { id: component.id, width, height: NODE_HEIGHT };
}

function zoneSvg(title: string, box: Placed): string {
  return [
    `<g class="zone"><rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="8" fill="#fafafa" stroke="#adb5bd" stroke-dasharray="5 4"/>`,
    `<text x="${n(box.x + 12)}" y="${n(box.y + 19)}" font-size="12" fill="#495057">${escapeHtml(title)}</text></g>`,
  ].join('');
}

function nodeSvg(component: Component, box: Placed, severity: Severity | undefined): string {
  const fill = fills[category(component.kind)];
  const stroke = severity ? severityStroke[severity] : '#868e96';
  const strokeWidth = severity ? 2.5 : 1.2;
  const shape = storeShapes.has(component.kind)
    ? cylinder(box, fill!, stroke, strokeWidth)
    : `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="${component.kind === 'client' ? 22 : 6}" fill="${fill}" stroke="${stroke}" stroke-width="${strokeWidth}"${component.kind === 'external-api' ? ' stroke-dasharray="4 3"' : ''}/>`;
  const cx = box.x + box.width / 2;
  const nameY = box.y + (storeShapes.has(component.kind) ? 26 : 21);
  const label = kindDefaults[component.kind].label;
  return [
    `<g class="component" data-kind="${component.kind}"${severity ? ` data-severity="${severity}"` : ''}>`,
    `<title>${escapeHtml(`${component.name} (${label})`)}</title>`,
    shape,
    `<text x="${n(cx)}" y="${n(nameY)}" text-anchor="middle" font-weight="600" fill="#212529">${escapeHtml(fitText(component.name.replace(/\s+/g, ' '), box.width - 16))}</text>`,
    `<text x="${n(cx)}" y="${n(nameY + 15)}" text-anchor="middle" font-size="11" fill="#495057">${escapeHtml(label)}</text>`,
    '</g>',
  ].join('');
}

function cylinder(box: Placed, fill: string, stroke: string, strokeWidth: number): string {
  const rx = box.width / 2;
  const ry = 5;
  const top = box.y + ry;
  const bottom = box.y + box.height - ry;
  const body = `M${n(box.x)},${n(top)} A${n(rx)},${ry} 0 0 0 ${n(box.x + box.width)},${n(top)} L${n(box.x + box.width)},${n(bottom)} A${n(rx)},${ry} 0 0 1 ${n(box.x)},${n(bottom)} Z`;
  const rim = `M${n(box.x)},${n(top)} A${n(rx)},${ry} 0 0 1 ${n(box.x + box.width)},${n(top)}`;
  return `<path d="${body}" fill="${fill}" stroke="${stroke}" stroke-width="${strokeWidth}"/><path d="${rim}" fill="none" stroke="${stroke}" stroke-width="${strokeWidth}"/>`;
}

function edgeSvg(edge: ElkExtendedEdge, connections: ReadonlyMap<string, Connection>): string {
  const connection = connections.get(edge.id);
  const style = connection ? edgeStyles[connection.kind] : edgeStyles.sync;
  return (edge.sections ?? [])
    .map((section) => {
      const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint];
      const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${n(p.x)},${n(p.y)}`).join(' ');
      return `<path class="connection" data-kind="${connection?.kind ?? 'sync'}" d="${d}" fill="none" style="${style}" marker-end="url(#arrow)"/>`;
    })
    .join('');
}

/** Coordinates rounded to 0.1 so the output is short and stable. */
function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}
