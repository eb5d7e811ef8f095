import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import type { Decision } from '../../../shared/model/review';

/** The decisions recorded in this project's reviews, newest first. */
export function DecisionsList({ decisions, onNew }: { decisions: readonly Decision[]; onNew: () => void }) {
  const ordered = [...decisions].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <Stack gap="md" maw={900} data-testid="review-decisions">
      <Button onClick={onNew} w="fit-content" rightSection={<Text span size="xs" ff="monospace" aria-hidden>D</Text>}>New decision</Button>
      {ordered.length === 0 && <Text size="lg" c="dimmed">No decisions yet. Record one when the room settles a question, so the reasoning outlives the meeting.</Text>}
      {ordered.map((decision) => (
        <Paper key={decision.id} withBorder p="md" radius="md">
          <Text size="sm" c="dimmed">{decision.date}</Text>
          <Title order={3} size="h3">{decision.title}</Title>
          {decision.context && (
            <Text size="lg" mt="xs"><Text span fw={700}>Context: </Text>{decision.context}</Text>
          )}
          {decision.decision && (
            <Text size="lg" mt="xs"><Text span fw={700}>Decision: </Text>{decision.decision}</Text>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
