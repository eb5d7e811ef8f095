import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { FindingReview } from '../../../shared/model/review';
import { useLastShown } from '../react/useLastShown';
import { localToday, validateStatus, type FieldErrors, type StatusInput } from './reviewChanges';

/** The two statuses the room records with details: an accepted risk and a planned fix. */
export type DetailedStatus = 'accepted-risk' | 'planned';

interface TextSpec {
  readonly label: string;
  readonly description: string;
}

/** What each status asks for, in the order it asks: the first field takes the focus. */
interface StatusForm {
  readonly title: string;
  readonly submit: string;
  readonly color: string;
  readonly order: readonly ('rationale' | 'owner' | 'date')[];
  readonly rationale: TextSpec & { readonly required: boolean; readonly minRows: number };
  readonly owner: TextSpec & { readonly required: boolean };
  readonly date: TextSpec & { readonly key: 'expiresOn' | 'dueOn' };
}

const forms: Record<DetailedStatus, StatusForm> = {
  // Accepting a risk needs a rationale and an owner; an expiry date re-opens it later.
  'accepted-risk': {
    title: 'Accept the risk',
    submit: 'Accept risk',
    color: 'grape.8',
    order: ['rationale', 'owner', 'date'],
    rationale: { label: 'Rationale', description: 'Why the team can live with this for now.', required: true, minRows: 3 },
    owner: { label: 'Owner', description: 'Who watches this risk and revisits it.', required: true },
    date: { key: 'expiresOn', label: 'Expires on', description: 'Optional. After this date the finding opens again.' },
  },
  // A planned fix: who does it and by when, both optional, so Enter alone records the plan.
  planned: {
    title: 'Plan the fix',
    submit: 'Mark planned',
    color: 'blue.8',
    order: ['owner', 'date', 'rationale'],
    rationale: { label: 'What is planned', description: 'Optional.', required: false, minRows: 2 },
    owner: { label: 'Owner', description: 'Optional. Who carries the fix out.', required: false },
    date: { key: 'dueOn', label: 'Due on', description: 'Optional. When the fix should be done.' },
  },
};

interface Props {
  /** The status being recorded; null while the dialog is closed. */
  readonly status: DetailedStatus | null;
  readonly findingTitle: string;
  /** The finding's recorded review, which prefills the form when it has this status. */
  readonly recorded: FindingReview | undefined;
  readonly onSave: (input: StatusInput) => void;
  readonly onClose: () => void;
}

/** Records an accepted risk or a planned fix with its details. */
export function StatusDialog({ status, findingTitle, recorded, onSave, onClose }: Props) {
  const shown = useLastShown(status);
  return (
    <Modal opened={status !== null} onClose={onClose} title={shown ? forms[shown].title : ''} size="lg">
      {/* Mounted per opening (the Modal unmounts it once closed), so the form starts from the recorded details each time. */}
      {shown && (
        <DetailsForm
          key={shown}
          status={shown}
          findingTitle={findingTitle}
          initial={recorded?.status === shown ? recorded : undefined}
          onSave={onSave}
          onClose={onClose}
        />
      )}
    </Modal>
  );
}

interface FormProps extends Omit<Props, 'status' | 'recorded'> {
  readonly status: DetailedStatus;
  readonly initial: FindingReview | undefined;
}

function DetailsForm({ status, findingTitle, initial, onSave, onClose }: FormProps) {
  const form = forms[status];
  const [rationale, setRationale] = useState(initial?.rationale ?? '');
  const [owner, setOwner] = useState(initial?.owner ?? '');
  const [date, setDate] = useState((form.date.key === 'expiresOn' ? initial?.expiresOn : initial?.dueOn) ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});

  const submit = () => {
    const input: StatusInput = { status, rationale, owner, ...(date ? { [form.date.key]: date } : {}) };
    const found = validateStatus(input, localToday());
    setErrors(found);
    if (Object.keys(found).length === 0) onSave(input);
  };

  const fields = {
    rationale: (first: boolean) => (
      <Textarea
        key="rationale"
        label={form.rationale.label}
        description={form.rationale.description}
        withAsterisk={form.rationale.required}
        autosize
        minRows={form.rationale.minRows}
        data-autofocus={first || undefined}
        value={rationale}
        onChange={(e) => setRationale(e.currentTarget.value)}
        error={errors.rationale}
      />
    ),
    owner: (first: boolean) => (
      <TextInput
        key="owner"
        label={form.owner.label}
        description={form.owner.description}
        withAsterisk={form.owner.required}
        data-autofocus={first || undefined}
        value={owner}
        onChange={(e) => setOwner(e.currentTarget.value)}
        error={errors.owner}
      />
    ),
    date: (first: boolean) => (
      <TextInput
        key="date"
        label={form.date.label}
        description={form.date.description}
        type="date"
        data-autofocus={first || undefined}
        value={date}
        onChange={(e) => setDate(e.currentTarget.value)}
        error={errors[form.date.key]}
      />
    ),
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {findingTitle}
        </Text>
        {form.order.map((field, index) => fields[field](index === 0))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" color={form.color}>
            {form.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
