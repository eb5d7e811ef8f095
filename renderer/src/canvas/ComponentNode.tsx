import { Handle, Position, useStore, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { kindDefaults } from '../../../shared/model/defaults';
import { useComponentMarks, type ComponentMarks } from './canvasMarks';
import type { ComponentNode as ComponentNodeType, ComponentNodeData } from './flowAdapter';
import { bandColor, severityColor } from './highlight';
import { kindColor, kindIcons } from './kindIcons';
import { inOverview } from './overview';
import classes from './canvas.module.css';

/**
 * A component on the canvas: icon, name, kind/technology, instances, and its worst open finding.
 * Plain elements rather than Mantine components: a diagram renders hundreds of these at once.
 */
function ComponentNodeView({ id, data, selected }: NodeProps<ComponentNodeType>) {
  const { component, instances } = data;
  const marks = useComponentMarks(id);
  const { badge, highlight, band, utilization, spof } = marks;
  // Re-renders only when the zoom crosses the overview threshold, not on every pan or zoom step.
  const overview = useStore(inOverview);
  if (overview) return <OverviewComponent data={data} marks={marks} selected={selected} />;
  const Icon = kindIcons[component.kind];
  const accent = kindColor(component.kind);
  const tint = highlight === 'utilization' && band ? bandColor[band] : null;
  const spofMark = highlight === 'spof' && spof;
  const kindLabel = kindDefaults[component.kind].label;
  const badgeText = badge ? `${badge.count} open finding${badge.count === 1 ? '' : 's'}, worst ${badge.severity}` : '';
  return (
    <div
      className={classes.component}
      data-selected={selected || undefined}
      data-spof={spofMark || undefined}
      data-testid="canvas-component"
      data-name={component.name}
      data-findings={badge?.ruleIds.join(' ') ?? ''}
      style={tint ? { background: `var(--mantine-color-${tint}-light)`, borderColor: `var(--mantine-color-${tint}-filled)` } : undefined}
    >
      <Handle type="target" position={Position.Left} className={classes.handle} title={`Connect into ${component.name}`} />
      <div className={classes.icon} style={{ color: `var(--mantine-color-${accent}-filled)`, background: `var(--mantine-color-${accent}-light)` }}>
        <Icon size={22} stroke={1.6} aria-hidden />
      </div>
      <div className={classes.body}>
        <div className={classes.name} title={component.name}>
          {component.name}
        </div>
        <div className={classes.detail}>{component.technology ? `${kindLabel} · ${component.technology}` : kindLabel}</div>
        <div className={classes.detail}>
          <span data-testid="instances">×{instances}</span>
          {highlight === 'utilization' && utilization !== null && (
            <strong className={classes.metric} style={{ color: `var(--mantine-color-${tint ?? 'gray'}-text)` }}>
              {Math.round(utilization * 100)}%
            </strong>
          )}
          {spofMark && <strong className={classes.spofLabel}>SPOF</strong>}
        </div>
      </div>
      {badge && (
        <span
          className={classes.badge}
          style={{ background: `var(--mantine-color-${severityColor[badge.severity]}-filled)` }}
          data-testid="finding-badge"
          data-severity={badge.severity}
          title={badgeText}
          role="img"
          aria-label={badgeText}
        >
          {badge.count}
        </span>
      )}
      <Handle type="source" position={Position.Right} className={classes.handle} title={`Connect from ${component.name}`} />
    </div>
  );
}

/**
 * The overview's component (see overview.ts): one box filled with what the highlight shows, so
 * a whole large diagram reads at a glance — worst open finding, utilization band or SPOF — and
 * otherwise its kind's colour. No handles: React Flow knows where they are from the node's data
 * (flowAdapter), and nobody starts a connection at this zoom.
 */
function OverviewComponent({ data, marks, selected }: { data: ComponentNodeData; marks: ComponentMarks; selected: boolean }) {
  const { component } = data;
  const { badge, highlight, band, spof } = marks;
  const color =
    highlight === 'utilization' ? (band ? bandColor[band] : 'gray') : highlight === 'spof' ? (spof ? 'red' : 'gray') : badge ? severityColor[badge.severity] : kindColor(component.kind);
  const fill = selected ? 'var(--mantine-primary-color-filled)' : `var(--mantine-color-${color}-${highlight === 'findings' && !badge ? 'light' : 'filled'})`;
  return (
    <div
      className={classes.component}
      data-overview
      data-selected={selected || undefined}
      data-testid="canvas-component"
      data-name={component.name}
      data-findings={badge?.ruleIds.join(' ') ?? ''}
      style={{ background: fill, borderColor: `var(--mantine-color-${color}-filled)` }}
    />
  );
}

export const ComponentNode = memo(ComponentNodeView);
