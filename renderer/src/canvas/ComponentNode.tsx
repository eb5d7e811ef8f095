import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { kindDefaults } from '../../../shared/model/defaults';
import type { ComponentNode as ComponentNodeType } from './flowAdapter';
import { bandColor, severityColor } from './highlight';
import { kindColor, kindIcons } from './kindIcons';
import classes from './canvas.module.css';

/** A component on the canvas: icon, name, kind/technology, instances, and its worst open finding. */
function ComponentNodeView({ data, selected }: NodeProps<ComponentNodeType>) {
  const { component, badge, highlight, band, utilization, spof, instances } = data;
  const Icon = kindIcons[component.kind];
  const accent = kindColor(component.kind);
  const tint = highlight === 'utilization' && band ? bandColor[band] : null;
  const spofMark = highlight === 'spof' && spof;
  return (
    <div
      className={classes.component}
      data-selected={selected || undefined}
      data-spof={spofMark || undefined}
      data-testid="canvas-component"
      data-name={component.name}
      style={tint ? { background: `var(--mantine-color-${tint}-light)`, borderColor: `var(--mantine-color-${tint}-filled)` } : undefined}
    >
      <Handle type="target" position={Position.Left} className={classes.handle} aria-label={`Connect into ${component.name}`} />
      <div className={classes.icon} style={{ color: `var(--mantine-color-${accent}-filled)`, background: `var(--mantine-color-${accent}-light)` }}>
        <Icon size={22} stroke={1.6} aria-hidden />
      </div>
      <div className={classes.body}>
        <Text size="sm" fw={600} truncate="end" title={component.name}>
          {component.name}
        </Text>
        <Text size="xs" c="dimmed" truncate="end">
          {component.technology ? `${kindDefaults[component.kind].label} · ${component.technology}` : kindDefaults[component.kind].label}
        </Text>
        <Group gap={4} mt={2} wrap="nowrap">
          <Text size="xs" c="dimmed" data-testid="instances">
            ×{instances}
          </Text>
          {highlight === 'utilization' && utilization !== null && (
            <Text size="xs" fw={600} c={tint ?? undefined}>
              {Math.round(utilization * 100)}%
            </Text>
          )}
          {spofMark && (
            <Text size="xs" fw={700} c="red">
              SPOF
            </Text>
          )}
        </Group>
      </div>
      {badge && (
        <Tooltip label={`${badge.count} open finding${badge.count === 1 ? '' : 's'}, worst: ${badge.severity}`}>
          <Badge
            className={classes.badge}
            size="sm"
            circle={badge.count < 10}
            color={severityColor[badge.severity]}
            data-testid="finding-badge"
            data-severity={badge.severity}
            aria-label={`${badge.count} open finding${badge.count === 1 ? '' : 's'}, worst ${badge.severity}`}
          >
            {badge.count}
          </Badge>
        </Tooltip>
      )}
      <Handle type="source" position={Position.Right} className={classes.handle} aria-label={`Connect from ${component.name}`} />
    </div>
  );
}

export const ComponentNode = memo(ComponentNodeView);
