import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { kindDefaults } from '../../../shared/model/defaults';
import { useComponentMarks } from './canvasMarks';
import type { ComponentNode as ComponentNodeType } from './flowAdapter';
import { bandColor, severityColor } from './highlight';
import { kindColor, kindIcons } from './kindIcons';
import classes from './canvas.module.css';

/**
 * A component on the canvas: icon, name, kind/technology, instances, and its worst open finding.
 * Plain elements rather than Mantine components: a diagram renders hundreds of these at once.
 * Zoomed far out, components are drawn by the overview instead (Overview.tsx).
 */
function ComponentNodeView({ id, data, selected }: NodeProps<ComponentNodeType>) {
  const { component, instances } = data;
  const { badge, highlight, band, utilization, spof } = useComponentMarks(id);
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

export const ComponentNode = memo(ComponentNodeView);
