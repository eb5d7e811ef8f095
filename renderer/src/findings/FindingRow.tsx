import { ActionIcon, Badge, Collapse, Group, Paper, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { memo, useEffect, useId, useRef, useState } from 'react';
import type { Finding, RuleDoc } from '../../../shared/model/finding';
import { FindingDetails } from './FindingDetails';
import { impactOf, riskLabel } from './findingImpact';
import { findingTargetIds, statusLabel } from './findingsModel';
import { setCurrentFinding, useCurrentFinding } from './findingCursor';
import { SeverityIcon, statusColor } from './severity';

interface Props {
  readonly finding: Finding;
  /** Its priority on the agenda (1 = most important). */
  readonly rank: number;
  readonly names: ReadonlyMap<string, string>;
  readonly doc: RuleDoc | undefined;
  /** The component whose group lists this row: its name is the group's heading, so the row leaves it out. */
  readonly groupComponentId?: string | undefined;
  /** Zooms the canvas to these ids (the editor's focus). A prop, not the editor context, so a row re-renders only when its finding changes. */
  readonly onFocus: (ids: readonly string[]) => void;
}

/**
 * One finding: its rank, severity, title, impact and components in a button that zooms the canvas
 * to what it concerns, and expandable details.
 */
export const FindingRow = memo(function FindingRow({ finding, rank, names, doc, groupComponentId, onFocus }: Props) {
  const current = useCurrentFinding() === finding.key;
  const [expanded, setExpanded] = useState(false);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // "Next finding" from the keyboard lands here: open it and bring it into view.
    if (!current) return;
    setExpanded(true);
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const targets = finding.targets.components
    .filter((id) => id !== groupComponentId)
    .map((id) => names.get(id))
    .filter((name): name is string => name !== undefined);
  const impact = impactOf(finding);
  // The component grouping can list one finding twice, so the id is the row's own, not the key's.
  const detailsId = useId();
  return (
    <Paper
      ref={ref}
      withBorder
      radius="sm"
      p="xs"
      data-testid="finding"
      data-finding-key={finding.key}
      data-rule={finding.ruleId}
      data-rank={rank}
      bg={current ? 'var(--mantine-primary-color-light)' : undefined}
    >
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <Stack gap={4} align="center" w={26} style={{ flexShrink: 0 }}>
          <Text size="xs" c="dimmed" fw={700} lh={1.6} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="finding-rank">
            <VisuallyHidden>Priority </VisuallyHidden>
            {rank}
          </Text>
          <SeverityIcon severity={finding.severity} size={20} />
        </Stack>
        <UnstyledButton
          style={{ flex: 1, minWidth: 0 }}
          onClick={() => {
            setCurrentFinding(finding.key);
            onFocus(findingTargetIds(finding));
          }}
          title="Show on the canvas"
        >
          <Stack gap={2}>
            <Text size="sm" fw={600} lh={1.35}>
              {finding.title}
            </Text>
            {impact && (
              <Text size="xs" fw={500} data-testid="finding-impact">
                {impact.risk && (
                  <Text span size="xs" fw={700}>
                    {riskLabel[impact.risk]}:{' '}
                  </Text>
                )}
                {impact.summary}
              </Text>
            )}
            <Text size="sm" c="dimmed" lineClamp={expanded ? undefined : 2}>
              {finding.message}
            </Text>
            {(targets.length > 0 || finding.status !== 'open') && (
              <Group gap={6} wrap="nowrap" justify="space-between">
                <Text size="xs" c="dimmed" truncate style={{ minWidth: 0 }}>
                  {targets.join(', ')}
                </Text>
                {finding.status !== 'open' && (
                  <Badge size="xs" variant="dot" color={statusColor[finding.status]} style={{ flexShrink: 0 }} data-testid="finding-status">
                    {statusLabel[finding.status]}
                  </Badge>
                )}
              </Group>
            )}
          </Stack>
        </UnstyledButton>
        <ActionIcon
          variant="subtle"
          size="sm"
          aria-label={expanded ? 'Hide details' : 'Show details'}
          aria-expanded={expanded}
          aria-controls={detailsId}
          onClick={() => setExpanded((e) => !e)}
        >
          <IconChevronDown size={16} aria-hidden style={{ transform: expanded ? 'rotate(180deg)' : undefined, transition: 'transform 150ms' }} />
        </ActionIcon>
      </Group>
      <Collapse expanded={expanded} id={detailsId} keepMounted={false}>
        <div style={{ paddingTop: 8, paddingLeft: 34 }}>
          <FindingDetails finding={finding} doc={doc} />
        </div>
      </Collapse>
    </Paper>
  );
});
