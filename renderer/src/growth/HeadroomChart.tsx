import { BarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { Text } from '@mantine/core';
import { useMemo } from 'react';
import type { ComponentGrowth } from '../../../shared/model/analysis';
import { barHeadroom, chartCap, factorToPosition, headroomBar, headroomColor, headroomRows } from './growthModel';
import { formatFactor } from '../../../shared/model/growthFactor';

const MAX_ROWS = 15;
const ROW_HEIGHT = 28;
const ticks = [1, 10, 100].map(factorToPosition);

interface Props {
  readonly growth: readonly ComponentGrowth[];
  readonly names: ReadonlyMap<string, string>;
  readonly growthFactor: number;
}

/**
 * Headroom per component (the multiple of today's load it takes before passing the target
 * utilization), smallest first, as horizontal bars on a log axis like the slider's, with a line
 * at the planned factor. Unbounded tiers run the full width.
 */
export function HeadroomChart({ growth, names, growthFactor }: Props) {
  const rows = useMemo(() => headroomRows(growth, names, MAX_ROWS), [growth, names]);
  const total = growth.filter((g) => g.instancesNeeded !== null || g.headroom !== null).length;
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No capacity-bound components yet: services, stores and queues show their headroom here.
      </Text>
    );
  const label = (bar: number) => (bar >= headroomBar(chartCap) ? `${formatFactor(chartCap)}+` : formatFactor(barHeadroom(bar)));

  return (
    <figure style={{ margin: 0 }} aria-label="Headroom per component">
      <BarChart
        h={rows.length * ROW_HEIGHT + 40}
        data={rows}
        dataKey="name"
        orientation="vertical"
        series={[{ name: 'bar', label: 'Headroom', color: 'teal.6' }]}
        getBarColor={(bar) => headroomColor(bar >= headroomBar(chartCap) ? null : barHeadroom(bar), growthFactor)}
        valueFormatter={label}
        yAxisProps={{ width: 110, interval: 0 }}
        xAxisProps={{ domain: [0, headroomBar(chartCap)], type: 'number', ticks, allowDataOverflow: true }}
        referenceLines={[{ x: headroomBar(growthFactor), color: 'gray.6', strokeWidth: 2 }]}
        gridAxis="x"
        maxBarWidth={16}
        tooltipAnimationDuration={0}
        data-testid="headroom-chart"
      />
      <Text component="figcaption" size="xs" c="dimmed">
        How many times today's load each component takes before it passes the target utilization
        {total > rows.length ? ` (the ${rows.length} smallest of ${total})` : ''}, on a log scale. The grey line marks the plan, {formatFactor(growthFactor)};
        full bars are unbounded.
      </Text>
    </figure>
  );
}
