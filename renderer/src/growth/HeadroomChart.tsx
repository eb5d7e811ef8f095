import { BarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { Text } from '@mantine/core';
import { useMemo } from 'react';
import type { ComponentGrowth } from '../../../shared/model/analysis';
import { formatFactor, headroomColor, headroomRows } from './growthModel';

const MAX_ROWS = 15;
const ROW_HEIGHT = 26;

interface Props {
  readonly growth: readonly ComponentGrowth[];
  readonly names: ReadonlyMap<string, string>;
  readonly growthFactor: number;
}

/**
 * Headroom per component (the multiple of today's load it can take), smallest first, as
 * horizontal bars with a line at the planned factor. Unbounded tiers are drawn at the cap.
 */
export function HeadroomChart({ growth, names, growthFactor }: Props) {
  const cap = Math.max(100, growthFactor * 2);
  const rows = useMemo(() => headroomRows(growth, names, cap, MAX_ROWS), [growth, names, cap]);
  const total = growth.filter((g) => g.instancesNeeded !== null || g.headroom !== null).length;
  if (rows.length === 0) return <Text size="sm" c="dimmed">No capacity-bound components yet: services, stores and queues show their headroom here.</Text>;

  return (
    <figure style={{ margin: 0 }} aria-label="Headroom per component">
      <BarChart
        h={rows.length * ROW_HEIGHT + 50}
        data={rows}
        dataKey="name"
        orientation="vertical"
        series={[{ name: 'headroom', label: 'Headroom', color: 'teal.6' }]}
        getBarColor={(value) => headroomColor(value, growthFactor)}
        valueFormatter={(value) => (value >= cap ? `${formatFactor(cap)}+` : formatFactor(value))}
        yAxisProps={{ width: 120, interval: 0 }}
        xAxisProps={{ domain: [0, cap], type: 'number', scale: 'linear' }}
        referenceLines={[{ x: growthFactor, color: 'gray.6', label: `Plan ${formatFactor(growthFactor)}`, labelPosition: 'insideTopRight' }]}
        gridAxis="x"
        maxBarWidth={18}
        tooltipAnimationDuration={0}
        data-testid="headroom-chart"
      />
      <Text component="figcaption" size="xs" c="dimmed">
        Multiple of today's load each component takes before it passes the target utilization
        {total > rows.length ? ` (the ${rows.length} smallest of ${total})` : ''}. Bars past {formatFactor(cap)} are unbounded.
      </Text>
    </figure>
  );
}
