import { Text } from '@mantine/core';
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ZoneNode as ZoneNodeType } from './flowAdapter';
import classes from './canvas.module.css';

/**
 * A zone or region: a labelled box drawn round its members (zones.ts). It is not resized: it
 * grows and shrinks with its members; dragging it moves them.
 */
function ZoneNodeView({ data, selected }: NodeProps<ZoneNodeType>) {
  return (
    <div className={classes.zone} data-selected={selected || undefined} data-testid="canvas-zone" data-name={data.zone.name}>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase" className={classes.zoneLabel}>
        {data.zone.name}
        {data.zone.region ? ` · ${data.zone.region}` : ''}
      </Text>
    </div>
  );
}

export const ZoneNode = memo(ZoneNodeView);
