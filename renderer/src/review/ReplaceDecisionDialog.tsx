import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { FindingReview, FindingStatus } from '../../../shared/model/review';
import { statusLabel } from '../findings/findingsModel';

interface Props {
  /** The status about to replace the recorded one; null when closed. */
  readonly next: FindingStatus | null;
  readonly recorded: FindingReview | undefined;
  readonly onReplace: () => void;
  readonly onKeep: () => void;
}

/** Asks before a recorded decision is replaced; keeping it is the default (Enter). */
export function ReplaceDecisionDialog({ next, recorded, onReplace, onKeep }: Props) {
  const details = [
    recorded?.owner ? `Owner: ${recorded.owner}` : null,
    recorded?.expiresOn ? `until ${recorded.expiresOn}` : null,
    recorded?.dueOn ? `due ${recorded.dueOn}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <Modal opened={next !== null} onClose={onKeep} title="Replace the decision?" size="md">
      <Stack gap="sm">
        <Text size="sm">
          This finding is already marked <strong>{recorded ? statusLabel[recorded.status] : ''}</strong>
          {details ? ` (${details})` : ''}.
        </Text>
        {recorded?.rationale && (
          <Text size="sm" fs="italic">
            “{recorded.rationale}”
          </Text>
        )}
        <Text size="sm">Its history keeps the old decision, but the finding will show the new one.</Text>
        <Group justify="flex-end">
          <Button variant="default" data-autofocus onClick={onKeep}>
            Keep it
          </Button>
          <Button color="red.8" onClick={onReplace}>
            Replace with {next ? statusLabel[next] : ''}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
