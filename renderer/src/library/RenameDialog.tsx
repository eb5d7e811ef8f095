import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useLastShown } from '../react/useLastShown';

interface Props {
  readonly title: string;
  /** The name to start from; null while the dialog is closed. */
  readonly initial: string | null;
  readonly confirmLabel: string;
  readonly onConfirm: (name: string) => void;
  readonly onClose: () => void;
}

/** Asks for a name (rename, duplicate as). */
export function RenameDialog({ title, initial, confirmLabel, onConfirm, onClose }: Props) {
  const shown = useLastShown(initial);
  return (
    <Modal opened={initial !== null} onClose={onClose} title={title}>
      {/* Mounted per opening (the Modal unmounts it once closed), so the field starts from the name asked about. */}
      {shown !== null && <NameForm initial={shown} confirmLabel={confirmLabel} onConfirm={onConfirm} onClose={onClose} />}
    </Modal>
  );
}

function NameForm({ initial, confirmLabel, onConfirm, onClose }: Omit<Props, 'title' | 'initial'> & { readonly initial: string }) {
  const [name, setName] = useState(initial);
  return (
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
  );
}
