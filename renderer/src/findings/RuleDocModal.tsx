import { Badge, Group, Modal, Stack, Text, Title } from '@mantine/core';
import type { RuleDoc } from '../../../shared/model/finding';
import { checklistLabel, severityLabel } from './findingsModel';

interface Props {
  readonly ruleId: string;
  readonly doc: RuleDoc | undefined;
  readonly opened: boolean;
  readonly onClose: () => void;
}

/** A rule's documentation from the rules:docs channel: the same text the CLI and docs/rules/ show. */
export function RuleDocModal({ ruleId, doc, opened, onClose }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={doc?.title ?? ruleId} size="lg">
      {doc ? (
        <Stack gap="sm" data-testid="rule-doc">
          <Group gap="xs">
            <Badge variant="light">{checklistLabel[doc.checklist]}</Badge>
            <Badge variant="outline" color="gray">
              Default severity: {severityLabel[doc.severity]}
            </Badge>
            <Text size="xs" ff="monospace" c="dimmed">
              {doc.id}
            </Text>
          </Group>
          <div>
            <Title order={3} size="h5">
              Why it matters
            </Title>
            <Text size="sm">{doc.why}</Text>
          </div>
          <div>
            <Title order={3} size="h5">
              How to fix it
            </Title>
            <Text size="sm">{doc.fix}</Text>
          </div>
          <Text size="sm" c="dimmed">
            Source: {doc.source.guide}, section “{doc.source.section}”.
          </Text>
        </Stack>
      ) : (
        <Text size="sm">The documentation for {ruleId} is not available yet. Try again in a moment.</Text>
      )}
    </Modal>
  );
}
