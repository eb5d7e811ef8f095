import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { memo, useState } from 'react';
import type { ConnectionKind } from '../../../shared/model/connection';
import { useComponentRate } from './canvasMarks';
import { connectionLabel, formatCalls } from './connectionLabel';
import type { ConnectionEdge as ConnectionEdgeType, ConnectionEdgeData } from './flowAdapter';
import { useRoute } from './routing/routesStore';
import classes from './canvas.module.css';

/** Line style per connection kind: sync solid, async dashed, replication dotted; read/write labeled. */
const dash: Readonly<Record<ConnectionKind, string | undefined>> = {
  sync: undefined,
  async: '8 5',
  read: undefined,
  write: undefined,
  replication: '2 5',
};

/** Invisible width around a connection that takes clicks and hover: easy to hit at any zoom. */
const HIT_WIDTH = 20;

/**
 * A connection drawn along its route (routing/: right angles round the boxes, rounded corners),
 * which the edge reads from the routes store; React Flow's own handle positions only stand in
 * until the first routes are known.
 */
function ConnectionEdgeView({ id, sourceX, sourceY, targetX, targetY, data, selected, markerEnd }: EdgeProps<ConnectionEdgeType>) {
  const [hovered, setHovered] = useState(false);
  const route = useRoute(id);
  if (!data) return null;
  const path = route?.d ?? `M${sourceX},${sourceY}L${targetX},${targetY}`;
  const labelX = route?.label.x ?? (sourceX + targetX) / 2;
  const labelY = route?.label.y ?? (sourceY + targetY) / 2;
  const { connection } = data;
  const label = connectionLabel(connection);
  const stroke = selected ? 'var(--mantine-primary-color-filled)' : 'var(--mantine-color-gray-6)';
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        interactionWidth={0}
        style={{ stroke, strokeWidth: selected ? 2.5 : 1.6, strokeDasharray: dash[connection.kind] }}
      />
      {/* React Flow's own wide interaction path is turned off: this twin catches both clicks and the
          hover card, one invisible path per edge instead of two. */}
      <path
        className="react-flow__edge-interaction"
        d={path}
        fill="none"
        stroke="transparent"
        strokeWidth={HIT_WIDTH}
        data-testid="connection-hit"
        data-connection={id}
        data-from={data.connection.from}
        data-to={data.connection.to}
        onMouseEnter={() => setHovered(true)}
        onMouseLeave={() => setHovered(false)}
      />
      {/* The label is SVG text, not an <EdgeLabelRenderer> portal: every mounted portal looks up its
          container with querySelector on each React Flow store update, so hundreds of labels made
          every pan frame search the whole DOM hundreds of times. */}
      {label && (
        <text className={classes.edgeLabel} x={labelX} y={labelY} textAnchor="middle" dominantBaseline="central" data-testid="connection-label">
          {label}
        </text>
      )}
      {/* At most one edge is hovered, so at most one portal is mounted. */}
      {hovered && <EdgeTooltip data={data} x={labelX} y={labelY} />}
    </>
  );
}

/** The hover card; the caller's rate comes from the latest check (canvasMarks.ts). */
function EdgeTooltip({ data, x, y }: { data: ConnectionEdgeData; x: number; y: number }) {
  const { connection } = data;
  const fanOut = connection.callsPerRequest ?? 1;
  const callerRate = useComponentRate(connection.from);
  const rate = callerRate === null ? null : callerRate * fanOut;
  return (
    <EdgeLabelRenderer>
      <div className={classes.edgeTooltip} role="tooltip" style={{ transform: `translate(-50%, -130%) translate(${x}px, ${y}px)` }}>
        <div>
          <strong>{data.fromName}</strong> → <strong>{data.toName}</strong> ({connection.kind})
        </div>
        <div>Protocol: {connection.protocol ?? 'not stated'}</div>
        <div>Calls per request: {formatCalls(fanOut)}</div>
        <div>Rate today: {rate === null ? 'no traffic reaches it' : `${formatCalls(rate)} /s`}</div>
      </div>
    </EdgeLabelRenderer>
  );
}

export const ConnectionEdge = memo(ConnectionEdgeView);
