import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { localToday, validateStatus, type FieldErrors, type StatusInput } from './reviewChanges';

interface Props {
  readonly opened: boolean;
  readonly findingTitle: string;
  /** Prefills when the finding was accepted before. */
  readonly initial: { rationale?: string; owner?: string; expiresOn?: string } | undefined;
  readonly onAccept: (input: StatusInput) => void;
  readonly onClose: () => void;
}

/** Accepting a risk needs a rationale and an owner; an expiry date re-opens it later. */
export function AcceptRiskDialog({ opened, findingTitle, initial, onAccept, onClose }: Props) {
  const [rationale, setRationale] = useState('');
  const [owner, setOwner] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

  useEffect(() => {
    if (!opened) return;
    setRationale(initial?.rationale ?? '');
    setOwner(initial?.owner ?? '');
    setExpiresOn(initial?.expiresOn ?? '');
    setErrors({});
  }, [opened, initial]);

  const submit = () => {
    const input: StatusInput = { status: 'accepted-risk', rationale, owner, ...(expiresOn ? { expiresOn } : {}) };
    const found = validateStatus(input, localToday());
    setErrors(found);
    if (Object.keys(found).length === 0) onAccept(input);
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Accept the risk" size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">{findingTitle}</Text>
          <Textarea label="Rationale" description="Why the team can live with this for now." withAsterisk autosize minRows={3} data-autofocus
            value={rationale} onChange={(e) => setRationale(e.currentTarget.value)} error={errors.rationale} />
          <TextInput label="Owner" description="Who watches this risk and revisits it." withAsterisk
            value={owner} onChange={(e) => setOwner(e.currentTarget.value)} error={errors.owner} />
          <TextInput label="Expires on" description="Optional. After this date the finding opens again." type="date"
            value={expiresOn} onChange={(e) => setExpiresOn(e.currentTarget.value)} error={errors.expiresOn} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" color="grape.8">Accept risk</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
