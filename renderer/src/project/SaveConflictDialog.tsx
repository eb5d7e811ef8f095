import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { SaveConflict } from './useAutosave';

/**
 * Shown when a save was refused because the project was saved elsewhere meanwhile (another
 * window, tab or program): the user reloads that version, or keeps theirs as a new revision on
 * top of it. Either way both versions stay in the revision history.
 */
export function SaveConflictDialog({ conflict }: { conflict: SaveConflict | null }) {
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      opened={conflict !== null}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      title="This project changed elsewhere"
      data-testid="save-conflict"
    >
      <Stack gap="md">
        <Text size="sm">{conflict?.message}</Text>
        <Text size="sm" c="dimmed">
          Your edits since then are not saved yet. Keeping yours saves them as a new revision on top of the other version; reloading drops them. Either way the
          other version stays in the revision history.
        </Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" disabled={busy} onClick={() => conflict?.reloadTheirs()}>
            Reload the latest version
          </Button>
          <Button
            loading={busy}
            onClick={() => {
              if (!conflict) return;
              setBusy(true);
              void conflict.keepMine().finally(() => setBusy(false));
            }}
          >
            Keep mine as a new revision
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
