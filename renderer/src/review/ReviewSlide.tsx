import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import type { Finding, RuleDoc } from '../../../shared/model/finding';
import type { FindingStatus } from '../../../shared/model/review';
import type { Project } from '../../../shared/model/project';
import { FindingDetails } from '../findings/FindingDetails';
import { impactOf, riskLabel } from '../findings/findingImpact';
import { checklistLabel, severityLabel, statusLabel } from '../findings/findingsModel';
import { SeverityIcon, severityColor, statusColor } from '../findings/severity';
import { FocusedDiagram } from './FocusedDiagram';
import { focusView } from './focusView';

interface Props {
  readonly finding: Finding;
  /** Its priority on the agenda (1 = most important). */
  readonly rank: number | null;
  readonly status: FindingStatus;
  readonly project: Project;
  readonly doc: RuleDoc | undefined;
  readonly onFixed: () => void;
  readonly onPlan: () => void;
  readonly onAccept: () => void;
  readonly onReopen: () => void;
  readonly onShowDecisions: () => void;
  /** A participant of a shared review: sees the status, records nothing (only the presenter does). */
  readonly readOnly?: boolean;
}

/** One finding in large type with its priority and impact, its neighbourhood of the diagram, and the status buttons. */
export function ReviewSlide({ finding, rank, status, project, doc, onFixed, onPlan, onAccept, onReopen, onShowDecisions, readOnly = false }: Props) {
  const view = useMemo(() => focusView(project, finding), [project, finding]);
  const impact = impactOf(finding);
  const recorded = project.review.findings.find((r) => r.key === finding.key);
  const settledBy = project.review.decisions.filter((d) => d.findingKeys?.includes(finding.key));
  const details =
    status === 'open' || !recorded
      ? []
      : [
          recorded.owner ? `Owner: ${recorded.owner}` : null,
          recorded.dueOn ? `due ${recorded.dueOn}` : null,
          recorded.expiresOn ? `until ${recorded.expiresOn}` : null,
        ].filter((d): d is string => d !== null);
  return (
    <Group align="flex-start" gap="xl" wrap="nowrap" h="100%" data-testid="review-slide" data-finding-key={finding.key}>
      <Stack gap="md" style={{ flex: '1 1 55%', minWidth: 0 }}>
        <Group gap="sm">
          {rank !== null && (
            <Badge size="lg" variant="outline" color="gray" data-testid="review-rank">
              Priority {rank}
            </Badge>
          )}
          <SeverityIcon severity={finding.severity} size={34} />
          <Badge size="lg" color={severityColor[finding.severity]} variant="dot">
            {severityLabel[finding.severity]}
          </Badge>
          <Badge size="lg" variant="light">
            {checklistLabel[finding.checklist]}
          </Badge>
          <Badge size="lg" color={statusColor[status]} variant="dot" data-testid="review-status">
            {statusLabel[status]}
          </Badge>
        </Group>
        <Title order={2} fz={34} lh={1.2}>
          {finding.title}
        </Title>
        {(details.length > 0 || (status !== 'open' && recorded?.rationale)) && (
          <Text fz={18} c="dimmed" data-testid="review-decision-details">
            {details.join(', ')}
            {details.length > 0 && recorded?.rationale ? ' · ' : ''}
            {status !== 'open' && recorded?.rationale ? `“${recorded.rationale}”` : ''}
          </Text>
        )}
        {impact && (
          <Text fz={22} fw={600} lh={1.4} data-testid="review-impact">
            {impact.risk ? `${riskLabel[impact.risk]}: ` : ''}
            {impact.summary}
          </Text>
        )}
        <Text fz={22} lh={1.45}>
          {finding.message}
        </Text>
        <FindingDetails finding={finding} doc={doc} large />
      </Stack>
      <Stack gap="md" style={{ flex: '1 1 45%', minWidth: 0 }}>
        <Paper withBorder p="sm" radius="md">
          <FocusedDiagram view={view} label={`The components this finding concerns and their neighbours`} />
        </Paper>
        {/* The current status is filled, in a shade dark enough for white text to pass WCAG AA. */}
        {readOnly ? (
          <Text size="md" c="dimmed" data-testid="review-status-read-only">
            The presenter records what the room decides on this finding.
          </Text>
        ) : (
          <Group gap="sm" role="group" aria-label="Set the status">
            <Button size="md" color="teal.9" variant={status === 'fixed' ? 'filled' : 'default'} onClick={onFixed} rightSection={<Key k="F" />}>
              Fixed
            </Button>
            <Button size="md" color="blue.8" variant={status === 'planned' ? 'filled' : 'default'} onClick={onPlan} rightSection={<Key k="P" />}>
              Planned…
            </Button>
            <Button size="md" color="grape.8" variant={status === 'accepted-risk' ? 'filled' : 'default'} onClick={onAccept} rightSection={<Key k="A" />}>
              Accept risk…
            </Button>
            <Button size="md" variant="default" disabled={status === 'open'} onClick={onReopen} rightSection={<Key k="O" />}>
              Reopen
            </Button>
          </Group>
        )}
        {settledBy.length > 0 && (
          <Stack gap={2} data-testid="review-settled-by">
            <Text fw={700}>Decisions on this finding</Text>
            {settledBy.map((d) => (
              <Anchor key={d.id} component="button" type="button" ta="left" onClick={onShowDecisions}>
                {d.date} · {d.title}
              </Anchor>
            ))}
          </Stack>
        )}
      </Stack>
    </Group>
  );
}

function Key({ k }: { k: string }) {
  return (
    <Text span size="xs" ff="monospace" aria-hidden>
      {k}
    </Text>
  );
}
