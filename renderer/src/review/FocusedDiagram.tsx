import { useId } from 'react';
import type { FocusEdge, FocusNode, FocusView } from './focusView';

const NODE_W = 170;
const NODE_H = 46;
const COL_GAP = 80;
const ROW_GAP = 22;
const PAD = 12;

interface Placed extends FocusNode {
  readonly x: number;
  readonly y: number;
}

/** Draws a focus view (callers → the finding's components → callees) as a small static diagram. */
export function FocusedDiagram({ view, label }: { view: FocusView; label: string }) {
  const markerId = useId();
  const rows = [0, 1, 2].map((c) => view.nodes.filter((n) => n.column === c).length + (view.hidden[c] ? 1 : 0));
  // Empty columns (no callers, or no callees) take no room, so the rest draws larger.
  const slots = [0, 1, 2].filter((c) => rows[c]! > 0);
  const slotX = (column: number) => PAD + Math.max(0, slots.indexOf(column)) * (NODE_W + COL_GAP);
  const tallest = Math.max(1, ...rows);
  const height = tallest * (NODE_H + ROW_GAP) - ROW_GAP + PAD * 2;
  const width = Math.max(1, slots.length) * (NODE_W + COL_GAP) - COL_GAP + PAD * 2;
  const placed = new Map<string, Placed>();
  for (const node of view.nodes) {
    const offset = ((tallest - rows[node.column]!) * (NODE_H + ROW_GAP)) / 2;
    placed.set(node.id, { ...node, x: slotX(node.column), y: PAD + offset + node.row * (NODE_H + ROW_GAP) });
  }
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-label={label}
      data-testid="review-diagram"
      style={{ maxHeight: 420, display: 'block', margin: '0 auto', maxWidth: slots.length * 300 }}
    >
      <defs>
        <marker id={markerId} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" fill="var(--mantine-color-gray-6)" />
        </marker>
      </defs>
      {view.edges.map((edge, index) => (
        <Edge key={index} edge={edge} placed={placed} markerId={markerId} />
      ))}
      {[...placed.values()].map((node) => (
        <g key={node.id}>
          <rect
            x={node.x}
            y={node.y}
            width={NODE_W}
            height={NODE_H}
            rx={8}
            fill={node.target ? 'var(--mantine-color-red-light)' : 'var(--mantine-color-body)'}
            stroke={node.target ? 'var(--mantine-color-red-6)' : 'var(--mantine-color-gray-5)'}
            strokeWidth={node.target ? 3 : 1.5}
          />
          <text x={node.x + NODE_W / 2} y={node.y + 20} textAnchor="middle" fontSize={15} fontWeight={600} fill="var(--mantine-color-text)">
            {shorten(node.name, 20)}
          </text>
          <text x={node.x + NODE_W / 2} y={node.y + 37} textAnchor="middle" fontSize={12} fill="var(--mantine-color-dimmed)">
            {node.kind}
          </text>
        </g>
      ))}
      {view.hidden.map((count, column) =>
        count > 0 ? (
          <text key={column} x={slotX(column) + NODE_W / 2} y={height - PAD} textAnchor="middle" fontSize={12} fill="var(--mantine-color-dimmed)">
            +{count} more
          </text>
        ) : null,
      )}
    </svg>
  );
}

function Edge({ edge, placed, markerId }: { edge: FocusEdge; placed: ReadonlyMap<string, Placed>; markerId: string }) {
  const from = placed.get(edge.from);
  const to = placed.get(edge.to);
  if (!from || !to) return null;
  const sameColumn = from.column === to.column;
  const x1 = sameColumn ? from.x + NODE_W : from.column < to.column ? from.x + NODE_W : from.x;
  const x2 = sameColumn ? to.x + NODE_W : from.column < to.column ? to.x : to.x + NODE_W;
  const y1 = from.y + NODE_H / 2;
  const y2 = to.y + NODE_H / 2;
  const bend = sameColumn ? NODE_W / 3 : (x2 - x1) / 2;
  const d = `M ${x1} ${y1} C ${x1 + bend} ${y1}, ${x2 - (sameColumn ? -bend : bend)} ${y2}, ${x2} ${y2}`;
  return (
    <path
      d={d}
      fill="none"
      markerEnd={`url(#${markerId})`}
      stroke={edge.target ? 'var(--mantine-color-red-6)' : 'var(--mantine-color-gray-6)'}
      strokeWidth={edge.target ? 3 : 1.5}
      strokeDasharray={edge.kind === 'async' ? '6 4' : edge.kind === 'replication' ? '2 4' : undefined}
    />
  );
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
