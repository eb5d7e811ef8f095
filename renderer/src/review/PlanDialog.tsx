import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { localToday, validateStatus, type FieldErrors, type StatusInput } from './reviewChanges';

interface Props {
  readonly opened: boolean;
  readonly findingTitle: string;
  /** Prefills when the fix was planned before. */
  readonly initial: { rationale?: string; owner?: string; dueOn?: string } | undefined;
  readonly onPlan: (input: StatusInput) => void;
  readonly onClose: () => void;
}

/** A planned fix: who does it and by when, both optional, so Enter alone records the plan. */
export function PlanDialog({ opened, findingTitle, initial, onPlan, onClose }: Props) {
  const [owner, setOwner] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [rationale, setRationale] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

  useEffect(() => {
    if (!opened) return;
    setOwner(initial?.owner ?? '');
    setDueOn(initial?.dueOn ?? '');
    setRationale(initial?.rationale ?? '');
    setErrors({});
  }, [opened, initial]);

  const submit = () => {
    const input: StatusInput = { status: 'planned', owner, rationale, ...(dueOn ? { dueOn } : {}) };
    const found = validateStatus(input, localToday());
    setErrors(found);
    if (Object.keys(found).length === 0) onPlan(input);
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Plan the fix" size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">{findingTitle}</Text>
          <TextInput label="Owner" description="Optional. Who carries the fix out." data-autofocus
            value={owner} onChange={(e) => setOwner(e.currentTarget.value)} error={errors.owner} />
          <TextInput label="Due on" description="Optional. When the fix should be done." type="date"
            value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} error={errors.dueOn} />
          <Textarea label="What is planned" description="Optional." autosize minRows={2}
            value={rationale} onChange={(e) => setRationale(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" color="blue.8">Mark planned</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
