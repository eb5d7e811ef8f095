import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Finding } from '../../../shared/model/finding';
import type { Decision } from '../../../shared/model/review';
import { statusLabel } from '../findings/findingsModel';

interface Props {
  readonly decisions: readonly Decision[];
  /** The latest check's findings by key, to name the findings a decision settles. */
  readonly findings: ReadonlyMap<string, Finding>;
  readonly ranks: ReadonlyMap<string, number>;
  /** Absent for a participant of a shared review, who records nothing. */
  readonly onNew?: () => void;
  readonly onShowFinding: (key: string) => void;
}

/** The decisions recorded in this project's reviews, newest first, each with the findings it settles. */
export function DecisionsList({ decisions, findings, ranks, onNew, onShowFinding }: Props) {
  const ordered = [...decisions].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <Stack gap="md" maw={900} data-testid="review-decisions">
      {onNew && (
        <Button
          onClick={onNew}
          w="fit-content"
          rightSection={
            <Text span size="xs" ff="monospace" aria-hidden>
              D
            </Text>
          }
        >
          New decision
        </Button>
      )}
      {ordered.length === 0 && (
        <Text size="lg" c="dimmed">
          No decisions yet. Record one when the room settles a question, so the reasoning outlives the meeting.
        </Text>
      )}
      {ordered.map((decision) => (
        <Paper key={decision.id} withBorder p="md" radius="md" data-testid="review-decision">
          <Text size="sm" c="dimmed">
            {decision.date}
          </Text>
          <Title order={3} size="h3">
            {decision.title}
          </Title>
          {decision.context && (
            <Text size="lg" mt="xs">
              <Text span fw={700}>
                Context:{' '}
              </Text>
              {decision.context}
            </Text>
          )}
          {decision.decision && (
            <Text size="lg" mt="xs">
              <Text span fw={700}>
                Decision:{' '}
              </Text>
              {decision.decision}
            </Text>
          )}
          {decision.findingKeys && decision.findingKeys.length > 0 && (
            <Stack gap={2} mt="xs">
              <Text size="sm" fw={700}>
                Settles
              </Text>
              {decision.findingKeys.map((key) => {
                const finding = findings.get(key);
                if (!finding)
                  return (
                    <Text key={key} size="sm" c="dimmed">
                      A finding that no longer occurs ({key.split('|')[0]})
                    </Text>
                  );
                const rank = ranks.get(key);
                return (
                  <Group key={key} gap="xs" wrap="nowrap">
                    <Anchor component="button" type="button" size="sm" onClick={() => onShowFinding(key)} data-testid="decision-finding">
                      {rank !== undefined ? `${rank}. ` : ''}
                      {finding.title}
                    </Anchor>
                    <Text size="sm" c="dimmed">
                      {statusLabel[finding.status]}
                    </Text>
                  </Group>
                );
              })}
            </Stack>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
