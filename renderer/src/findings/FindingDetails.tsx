import { Button, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { IconBook } from '@tabler/icons-react';
import { useState } from 'react';
import type { Finding, RuleDoc } from '../../../shared/model/finding';
import { evidenceLabel, evidenceValue } from './findingsModel';
import { RuleDocModal } from './RuleDocModal';

interface Props {
  readonly finding: Finding;
  readonly doc: RuleDoc | undefined;
  /** Review mode shows the same details in large type. */
  readonly large?: boolean;
}

/** Why it matters, how to fix it, the numbers behind it, assumed figures and where the advice comes from. */
export function FindingDetails({ finding, doc, large = false }: Props) {
  const [docOpen, setDocOpen] = useState(false);
  const textSize = large ? 'lg' : 'sm';
  const headingOrder = large ? 3 : 5;
  const evidence = Object.entries(finding.evidence);
  return (
    <Stack gap={large ? 'md' : 'xs'}>
      {doc && (
        <>
          <Section title="Why it matters" order={headingOrder}>
            <Text size={textSize}>{doc.why}</Text>
          </Section>
          <Section title="How to fix it" order={headingOrder}>
            <Text size={textSize}>{doc.fix}</Text>
          </Section>
        </>
      )}
      {evidence.length > 0 && (
        <Section title="Evidence" order={headingOrder}>
          <Table withRowBorders={false} verticalSpacing={2} fz={textSize} data-testid="finding-evidence">
            <Table.Tbody>
              {evidence.map(([key, value]) => (
                <Table.Tr key={key}>
                  <Table.Th fw={500} w="55%">
                    {evidenceLabel(key)}
                  </Table.Th>
                  <Table.Td ff="monospace">{evidenceValue(value)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Section>
      )}
      {finding.assumed.length > 0 && (
        <Section title="Assumed figures" order={headingOrder}>
          <Text size={large ? 'md' : 'xs'} c="dimmed">
            These came from the kind's defaults; state them in the inspector for a sharper answer.
          </Text>
          <List size={textSize}>
            {finding.assumed.map((figure) => (
              <List.Item key={figure}>{figure}</List.Item>
            ))}
          </List>
        </Section>
      )}
      {finding.review && (finding.review.rationale || finding.review.owner || finding.review.dueOn) && (
        <Section title="Review note" order={headingOrder}>
          <Text size={textSize}>{reviewNote(finding.review)}</Text>
        </Section>
      )}
      <Group justify="space-between" gap="xs">
        {doc ? (
          <Text size="xs" c="dimmed">
            Source: {doc.source.guide}, {doc.source.section}
          </Text>
        ) : (
          <span />
        )}
        <Button size="compact-xs" variant="subtle" leftSection={<IconBook size={14} aria-hidden />} onClick={() => setDocOpen(true)}>
          Rule documentation
        </Button>
      </Group>
      <RuleDocModal ruleId={finding.ruleId} doc={doc} opened={docOpen} onClose={() => setDocOpen(false)} />
    </Stack>
  );
}

function Section({ title, order, children }: { title: string; order: 3 | 5; children: React.ReactNode }) {
  return (
    <div>
      <Title order={order} size={order === 3 ? 'h4' : 'h6'} tt="uppercase" c="dimmed" mb={2}>
        {title}
      </Title>
      {children}
    </div>
  );
}

/** The rationale with who owns the decision and its date: "Failover is manual (owner: Data team, until 2027-01-31)". */
function reviewNote(review: NonNullable<Finding['review']>): string {
  const details = [
    review.owner ? `owner: ${review.owner}` : null,
    review.dueOn ? `due ${review.dueOn}` : null,
    review.expiresOn ? `until ${review.expiresOn}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  if (!review.rationale) return details.charAt(0).toUpperCase() + details.slice(1);
  return details ? `${review.rationale} (${details})` : review.rationale;
}
