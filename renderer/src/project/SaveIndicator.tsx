import { Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCloudUp, IconPencil } from '@tabler/icons-react';
import type { SaveState } from './editorApi';

const labels: Record<SaveState, string> = { saved: 'Saved', saving: 'Saving…', unsaved: 'Unsaved changes', error: 'Not saved', conflict: 'Changed elsewhere' };

/** Always the same width, so the header never shifts as the state changes. */
export function SaveIndicator({ state }: { state: SaveState }) {
  return (
    <Group gap={6} w={132} wrap="nowrap" role="status" aria-live="polite" data-testid="save-state" data-state={state}>
      {state === 'saving' ? (
        <IconCloudUp size={16} color="var(--mantine-color-blue-filled)" aria-hidden />
      ) : state === 'saved' ? (
        <IconCircleCheck size={16} color="var(--mantine-color-teal-filled)" aria-hidden />
      ) : state === 'error' || state === 'conflict' ? (
        <IconAlertTriangle size={16} color="var(--mantine-color-red-filled)" aria-hidden />
      ) : (
        <IconPencil size={16} color="var(--mantine-color-dimmed)" aria-hidden />
      )}
      <Text size="xs" c={state === 'error' || state === 'conflict' ? 'red' : 'dimmed'}>
        {labels[state]}
      </Text>
    </Group>
  );
}
