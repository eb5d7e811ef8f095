import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
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
  readonly onStatus: (status: 'fixed' | 'planned' | 'open') => void;
  readonly onAccept: () => void;
}

/** One finding in large type with its priority and impact, its neighbourhood of the diagram, and the status buttons. */
export function ReviewSlide({ finding, rank, status, project, doc, onStatus, onAccept }: Props) {
  const view = useMemo(() => focusView(project, finding), [project, finding]);
  const impact = impactOf(finding);
  return (
    <Group align="flex-start" gap="xl" wrap="nowrap" h="100%" data-testid="review-slide" data-finding-key={finding.key}>
      <Stack gap="md" style={{ flex: '1 1 55%', minWidth: 0 }}>
        <Group gap="sm">
          {rank !== null && <Badge size="lg" variant="outline" color="gray" data-testid="review-rank">Priority {rank}</Badge>}
          <SeverityIcon severity={finding.severity} size={34} />
          <Badge size="lg" color={severityColor[finding.severity]} variant="dot">{severityLabel[finding.severity]}</Badge>
          <Badge size="lg" variant="light">{checklistLabel[finding.checklist]}</Badge>
          <Badge size="lg" color={statusColor[status]} variant="dot" data-testid="review-status">{statusLabel[status]}</Badge>
        </Group>
        <Title order={2} fz={34} lh={1.2}>{finding.title}</Title>
        {impact && (
          <Text fz={22} fw={600} lh={1.4} data-testid="review-impact">
            {impact.risk ? `${riskLabel[impact.risk]}: ` : ''}{impact.summary}
          </Text>
        )}
        <Text fz={22} lh={1.45}>{finding.message}</Text>
        <FindingDetails finding={finding} doc={doc} large />
      </Stack>
      <Stack gap="md" style={{ flex: '1 1 45%', minWidth: 0 }}>
        <Paper withBorder p="sm" radius="md">
          <FocusedDiagram view={view} label={`The components this finding concerns and their neighbours`} />
        </Paper>
        {/* The current status is filled, in a shade dark enough for white text to pass WCAG AA. */}
        <Group gap="sm" role="group" aria-label="Set the status">
          <Button size="md" color="teal.9" variant={status === 'fixed' ? 'filled' : 'default'} onClick={() => onStatus('fixed')} rightSection={<Key k="F" />}>Fixed</Button>
          <Button size="md" color="blue.8" variant={status === 'planned' ? 'filled' : 'default'} onClick={() => onStatus('planned')} rightSection={<Key k="P" />}>Planned</Button>
          <Button size="md" color="grape.8" variant={status === 'accepted-risk' ? 'filled' : 'default'} onClick={onAccept} rightSection={<Key k="A" />}>Accept risk…</Button>
          <Button size="md" variant="default" disabled={status === 'open'} onClick={() => onStatus('open')} rightSection={<Key k="O" />}>Reopen</Button>
        </Group>
      </Stack>
    </Group>
  );
}

function Key({ k }: { k: string }) {
  return <Text span size="xs" ff="monospace" aria-hidden>{k}</Text>;
}
