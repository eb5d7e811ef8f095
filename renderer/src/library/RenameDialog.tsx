import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';

/** Asks for a name (rename, duplicate as). */
export function RenameDialog({ title, initial, confirmLabel, onConfirm, onClose }: { title: string; initial: string | null; confirmLabel: string; onConfirm: (name: string) => void; onClose: () => void }) {
  const [name, setName] = useState(initial ?? '');
  useEffect(() => setName(initial ?? ''), [initial]);
  return (
    <Modal opened={initial !== null} onClose={onClose} title={title}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim()) onConfirm(name.trim());
        }}
      >
        <Stack gap="sm">
          <TextInput label="Name" value={name} onChange={(e) => setName(e.currentTarget.value)} required data-autofocus maxLength={200} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" disabled={!name.trim()}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
