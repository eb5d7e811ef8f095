import { Group, Loader, Text } from '@mantine/core';

/**
 * A small "Checking…" shown while a new check runs. Always rendered, only hidden, so the
 * panel header never changes height (no layout shift) when a check starts or ends.
 */
export function CheckingIndicator({ checking }: { checking: boolean }) {
  return (
    <Group gap={6} wrap="nowrap" style={{ visibility: checking ? 'visible' : 'hidden' }} role="status" data-testid="checking-indicator">
      <Loader size={12} />
      <Text size="xs" c="dimmed">
        {checking ? 'Checking…' : ''}
      </Text>
    </Group>
  );
}
