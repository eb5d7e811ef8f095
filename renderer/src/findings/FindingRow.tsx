import { ActionIcon, Badge, Collapse, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { memo, useEffect, useRef, useState } from 'react';
import type { Finding, RuleDoc } from '../../../shared/model/finding';
import { FindingDetails } from './FindingDetails';
import { findingTargetIds, statusLabel } from './findingsModel';
import { setCurrentFinding, useCurrentFinding } from './findingCursor';
import { SeverityIcon, statusColor } from './severity';

interface Props {
  readonly finding: Finding;
  readonly names: ReadonlyMap<string, string>;
  readonly doc: RuleDoc | undefined;
  /** Zooms the canvas to these ids (the editor's focus). A prop, not the editor context, so a row re-renders only when its finding changes. */
  readonly onFocus: (ids: readonly string[]) => void;
}

/** One finding: a button that zooms the canvas to what it concerns, and expandable details. */
export const FindingRow = memo(function FindingRow({ finding, names, doc, onFocus }: Props) {
  const current = useCurrentFinding() === finding.key;
  const [expanded, setExpanded] = useState(false);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // "Next finding" from the keyboard lands here: open it and bring it into view.
    if (!current) return;
    setExpanded(true);
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const targets = finding.targets.components.map((id) => names.get(id)).filter((name): name is string => name !== undefined);
  const detailsId = `finding-details-${finding.key}`;
  return (
    <Paper ref={ref} withBorder radius="sm" p="xs" data-testid="finding" data-finding-key={finding.key} data-rule={finding.ruleId}
      bg={current ? 'var(--mantine-primary-color-light)' : undefined}>
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <SeverityIcon severity={finding.severity} />
        <UnstyledButton
          style={{ flex: 1, minWidth: 0 }}
          onClick={() => {
            setCurrentFinding(finding.key);
            onFocus(findingTargetIds(finding));
          }}
          title="Show on the canvas"
        >
          <Stack gap={2}>
            <Text size="sm" fw={600}>{finding.title}</Text>
            <Text size="sm" c="dimmed" lineClamp={expanded ? undefined : 3}>{finding.message}</Text>
            {targets.length > 0 && (
              <Text size="xs" c="dimmed" truncate>{targets.join(', ')}</Text>
            )}
          </Stack>
        </UnstyledButton>
        <Stack gap={4} align="flex-end">
          <Badge size="xs" variant="dot" color={statusColor[finding.status]} data-testid="finding-status">
            {statusLabel[finding.status]}
          </Badge>
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
        </Stack>
      </Group>
      <Collapse expanded={expanded} id={detailsId} keepMounted={false}>
        <div style={{ paddingTop: 8, paddingLeft: 30 }}>
          <FindingDetails finding={finding} doc={doc} />
        </div>
      </Collapse>
    </Paper>
  );
});
