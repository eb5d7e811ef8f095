import { Text } from '@mantine/core';
import { useId } from 'react';
import { NODE_HEIGHT, NODE_WIDTH, type DiagramModel, type DiagramNode } from './compareDiagram';
import type { ChangeMark } from './compareModel';

/** Colours per change; each mark is also written under the name, so it reads without colour. */
const colours: Readonly<Record<ChangeMark, { fill: string; stroke: string }>> = {
  added: { fill: 'var(--mantine-color-green-light)', stroke: 'var(--mantine-color-green-7)' },
  removed: { fill: 'var(--mantine-color-red-light)', stroke: 'var(--mantine-color-red-7)' },
  changed: { fill: 'var(--mantine-color-orange-light)', stroke: 'var(--mantine-color-orange-7)' },
};

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** One side of a comparison as a static diagram, changed components coloured and labelled. */
export function CompareDiagram({ model, label }: { model: DiagramModel; label: string }) {
  const markerId = useId();
  const byId = new Map<string, DiagramNode>(model.nodes.map((n) => [n.id, n]));
  const { box } = model;
  return (
    <>
      <svg
        viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
        width="100%"
        height={320}
        role="img"
        aria-label={label}
        data-testid="compare-diagram"
        preserveAspectRatio="xMidYMid meet"
        style={{ display: 'block' }}
      >
        <defs>
          <marker id={markerId} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" fill="var(--mantine-color-gray-6)" />
          </marker>
        </defs>
        {model.edges.map((edge) => {
          const from = byId.get(edge.from)!;
          const to = byId.get(edge.to)!;
          const colour = edge.mark ? colours[edge.mark].stroke : 'var(--mantine-color-gray-5)';
          return (
            <line
              key={edge.id}
              data-testid="compare-edge"
              data-change={edge.mark ?? 'none'}
              x1={from.x + NODE_WIDTH}
              y1={from.y + NODE_HEIGHT / 2}
              x2={to.x}
              y2={to.y + NODE_HEIGHT / 2}
              stroke={colour}
              strokeWidth={edge.mark ? 3 : 1.5}
              markerEnd={`url(#${markerId})`}
              strokeDasharray={edge.mark === 'removed' || edge.kind === 'async' ? '6 4' : undefined}
            />
          );
        })}
        {model.nodes.map((node) => {
          const colour = node.mark ? colours[node.mark] : { fill: 'var(--mantine-color-body)', stroke: 'var(--mantine-color-gray-5)' };
          return (
            <g key={node.id} data-testid="compare-node" data-change={node.mark ?? 'none'} data-name={node.name}>
              <rect
                x={node.x}
                y={node.y}
                width={NODE_WIDTH}
                height={NODE_HEIGHT}
                rx={8}
                fill={colour.fill}
                stroke={colour.stroke}
                strokeWidth={node.mark ? 3 : 1.5}
                strokeDasharray={node.mark === 'removed' ? '6 4' : undefined}
              />
              <text x={node.x + NODE_WIDTH / 2} y={node.y + 20} textAnchor="middle" fontSize={15} fontWeight={600} fill="var(--mantine-color-text)">
                {shorten(node.name, 20)}
              </text>
              <text x={node.x + NODE_WIDTH / 2} y={node.y + 38} textAnchor="middle" fontSize={12} fill="var(--mantine-color-dimmed)">
                {node.mark ? `${node.kind} · ${node.mark}` : node.kind}
              </text>
            </g>
          );
        })}
      </svg>
      {model.omitted > 0 ? (
        <Text size="xs" c="dimmed">
          {model.omitted} unchanged components not drawn
        </Text>
      ) : null}
    </>
  );
}
