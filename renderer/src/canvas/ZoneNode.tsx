import { Text } from '@mantine/core';
import { NodeResizer, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ZoneNode as ZoneNodeType } from './flowAdapter';
import { COMPONENT_HEIGHT, COMPONENT_WIDTH } from './geometry';
import classes from './canvas.module.css';

/** A zone or region: a labeled box; components whose first zone it is sit inside it. */
function ZoneNodeView({ data, selected }: NodeProps<ZoneNodeType>) {
  return (
    <div className={classes.zone} data-selected={selected || undefined} data-testid="canvas-zone">
      <NodeResizer isVisible={selected} minWidth={COMPONENT_WIDTH} minHeight={COMPONENT_HEIGHT} lineClassName={classes.resizeLine} />
      <Text size="xs" fw={600} c="dimmed" tt="uppercase" className={classes.zoneLabel}>
        {data.zone.name}
        {data.zone.region ? ` · ${data.zone.region}` : ''}
      </Text>
    </div>
  );
}

export const ZoneNode = memo(ZoneNodeView);
