import { Button, Checkbox, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { localToday, validateDecision, type DecisionInput } from './reviewChanges';

interface Props {
  readonly opened: boolean;
  /** The finding on screen, offered as a link for the decision. */
  readonly finding: { key: string; title: string } | null;
  readonly onSave: (input: DecisionInput) => void;
  readonly onClose: () => void;
}

/** Records an architecture decision (title, context, decision, date), ADR style. */
export function DecisionDialog({ opened, finding, onSave, onClose }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title="Record a decision" size="lg">
      {/* Mounted per opening (the Modal unmounts it once closed), so each decision starts from an empty form dated today. */}
      <DecisionForm finding={finding} onSave={onSave} onClose={onClose} />
    </Modal>
  );
}

function DecisionForm({ finding, onSave, onClose }: Omit<Props, 'opened'>) {
  const [title, setTitle] = useState('');
  const [context, setContext] = useState('');
  const [decision, setDecision] = useState('');
  const [date, setDate] = useState(localToday);
  const [linked, setLinked] = useState(true);
  const [errors, setErrors] = useState<ReturnType<typeof validateDecision>>({});

  const submit = () => {
    const input: DecisionInput = { title, context, decision, date, ...(finding && linked ? { findingKeys: [finding.key] } : {}) };
    const found = validateDecision(input);
    setErrors(found);
    if (Object.keys(found).length === 0) onSave(input);
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="sm">
        <TextInput
          label="Title"
          withAsterisk
          data-autofocus
          placeholder="Keep orders in one database until 2027"
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={errors.title}
        />
        <Textarea
          label="Context"
          description="The situation and the forces at play."
          autosize
          minRows={2}
          value={context}
          onChange={(e) => setContext(e.currentTarget.value)}
        />
        <Textarea
          label="Decision"
          description="What the team decided and what follows from it."
          autosize
          minRows={2}
          value={decision}
          onChange={(e) => setDecision(e.currentTarget.value)}
        />
        <TextInput label="Date" type="date" withAsterisk value={date} onChange={(e) => setDate(e.currentTarget.value)} error={errors.date} />
        {finding && <Checkbox label={`Link to the finding “${finding.title}”`} checked={linked} onChange={(e) => setLinked(e.currentTarget.checked)} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit">Record decision</Button>
        </Group>
      </Stack>
    </form>
  );
}
