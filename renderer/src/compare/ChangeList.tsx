import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { ChangeItem, ChangeMark, ChangeSection, TakeDirection } from './compareModel';

const sectionTitles: Readonly<Record<ChangeSection, string>> = {
  components: 'Components',
  connections: 'Connections',
  zones: 'Zones',
  workload: 'Workload',
  project: 'Project',
};
const markColours: Readonly<Record<ChangeMark, string>> = { added: 'green', removed: 'red', changed: 'orange' };

/** The architecture changes by section, each with the button that takes it into the open project. */
export function ChangeList({ items, direction, onTake }: { items: readonly ChangeItem[]; direction: TakeDirection; onTake: (item: ChangeItem) => void }) {
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No architecture changes.
      </Text>
    );
  const verb = direction === 'restore' ? 'Restore' : 'Cherry-pick';
  const sections = (Object.keys(sectionTitles) as ChangeSection[]).filter((section) => items.some((i) => i.section === section));
  return (
    <Stack gap="sm" data-testid="change-list">
      {sections.map((section) => (
        <Stack key={section} gap={4}>
          <Title order={4}>{sectionTitles[section]}</Title>
          {items
            .filter((i) => i.section === section)
            .map((item) => (
              <Group
                key={item.key}
                data-testid="change-item"
                data-change={item.mark}
                justify="space-between"
                wrap="nowrap"
                gap="sm"
                py={2}
                style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
              >
                <Group gap="xs" wrap="nowrap" miw={0}>
                  <Badge size="sm" variant="light" color={markColours[item.mark]} miw={72}>
                    {item.mark}
                  </Badge>
                  <Text size="sm" fw={600} truncate="end">
                    {item.title}
                  </Text>
                  <Text size="sm" c="dimmed" truncate="end">
                    {item.detail}
                  </Text>
                </Group>
                <Button size="compact-xs" variant="default" onClick={() => onTake(item)} aria-label={`${verb}: ${item.title}: ${item.detail}`}>
                  {verb}
                </Button>
              </Group>
            ))}
        </Stack>
      ))}
    </Stack>
  );
}
