import { ColorSwatch, Group, Text } from '@mantine/core';
import { bandColor, utilizationLegend } from './growthModel';

/** The colors the canvas paints components with while the growth view is open. */
export function UtilizationLegend({ target }: { target: number }) {
  return (
    <div role="group" aria-label="Utilization colors on the canvas">
      <Text size="xs" c="dimmed" mb={4}>
        Canvas colors: utilization at this factor
      </Text>
      <Group gap="sm">
        {utilizationLegend(target).map((entry) => (
          <Group key={entry.band} gap={4} wrap="nowrap">
            <ColorSwatch color={`var(--mantine-color-${bandColor[entry.band]}-6)`} size={12} withShadow={false} aria-hidden />
            <Text size="xs">{entry.label}</Text>
          </Group>
        ))}
      </Group>
    </div>
  );
}
