import { Badge, Box, Button, Chip, Group, Stack, Text, Title } from '@mantine/core';
import { memo, useMemo, useState } from 'react';
import type { Finding } from '../../../shared/model/finding';
import type { FindingStatus, Severity } from '../../../shared/model/review';
import { useCheckState, useEditor } from '../editor/EditorContext';
import { formatFactor } from '../growth/growthModel';
import {
  checklistLabel, countFindings, defaultFilter, groupByChecklist, matchesFilter, severities, severityLabel,
  statuses, statusLabel, type FindingFilter,
} from './findingsModel';
import { CheckingIndicator } from './CheckingIndicator';
import { useCurrentFinding } from './findingCursor';
import { FindingRow } from './FindingRow';
import { useRuleDocs } from './useRuleDocs';
import { useTargetNames } from './useTargetNames';
import { severityColor } from './severity';

/**
 * The findings of the latest check, grouped by checklist and filterable by severity and status.
 * While a new check runs the previous findings stay on screen (no flicker) under a small
 * "checking…" indicator.
 */
export function FindingsPanel() {
  const { project, focus } = useEditor();
  const { check, checking } = useCheckState();
  const [filter, setFilter] = useState<FindingFilter>(defaultFilter);
  const docs = useRuleDocs();
  const names = useTargetNames(project);
  const findings = check?.findings ?? [];
  const counts = useMemo(() => countFindings(findings), [findings]);
  const groups = useMemo(() => groupByChecklist(findings.filter((f) => matchesFilter(f, filter))), [findings, filter]);

  return (
    <Stack gap="xs" data-testid="findings-panel">
      <Group justify="space-between" wrap="nowrap">
        <Title order={2} size="h4">Findings</Title>
        <CheckingIndicator checking={checking} />
      </Group>
      <Group gap={6} aria-label="Finding counts" role="group">
        {severities.map((severity) => (
          <Badge key={severity} variant="dot" color={severityColor[severity]} size="lg" tt="none" data-testid={`count-${severity}`}>
            {counts.severity[severity]} {severity === 'info' ? 'info' : `${severityLabel[severity].toLowerCase()}${counts.severity[severity] === 1 ? '' : 's'}`}
          </Badge>
        ))}
        <Text size="sm" c="dimmed">
          {counts.status.planned} planned · {counts.status['accepted-risk']} accepted · {counts.status.fixed} fixed
        </Text>
      </Group>
      <FilterChips filter={filter} onChange={setFilter} />
      <Box>
        <FindingList groups={groups} check={check !== null} projectEmpty={project.components.length === 0} total={findings.length} growthFactor={check?.analyses.growth.growthFactor} names={names} docs={docs} onFocus={focus} />
        {check && check.staleWaivers.length > 0 && (
          <Text size="xs" c="dimmed" mt="md">
            {check.staleWaivers.length} review {check.staleWaivers.length === 1 ? 'entry refers to a finding' : 'entries refer to findings'} that no longer occur.
          </Text>
        )}
      </Box>
    </Stack>
  );
}

function FilterChips({ filter, onChange }: { filter: FindingFilter; onChange: (filter: FindingFilter) => void }) {
  return (
    <Stack gap={4}>
      <Group gap={4} role="group" aria-label="Filter by severity">
        <Chip.Group multiple value={[...filter.severities]} onChange={(value) => onChange({ ...filter, severities: value as Severity[] })}>
          {severities.map((severity) => (
            <Chip key={severity} value={severity} size="xs">{severityLabel[severity]}</Chip>
          ))}
        </Chip.Group>
      </Group>
      <Group gap={4} role="group" aria-label="Filter by status">
        <Chip.Group multiple value={[...filter.statuses]} onChange={(value) => onChange({ ...filter, statuses: value as FindingStatus[] })}>
          {statuses.map((status) => (
            <Chip key={status} value={status} size="xs">{statusLabel[status]}</Chip>
          ))}
        </Chip.Group>
      </Group>
    </Stack>
  );
}

interface ListProps {
  readonly groups: ReturnType<typeof groupByChecklist>;
  readonly check: boolean;
  readonly projectEmpty: boolean;
  readonly total: number;
  readonly growthFactor: number | undefined;
  readonly names: ReadonlyMap<string, string>;
  readonly docs: ReturnType<typeof useRuleDocs>;
  readonly onFocus: (ids: readonly string[]) => void;
}

/** Memoized: an edit that changes neither the findings nor a name re-renders none of the rows. */
const FindingList = memo(function FindingList({ groups, check, projectEmpty, total, growthFactor, names, docs, onFocus }: ListProps) {
  if (projectEmpty) return <Empty text="Add components to see findings: drag a kind from the palette onto the canvas." />;
  if (!check) return <Empty text="Checking the model…" />;
  if (total === 0) return <Empty text={`No findings — this model passes every rule at ${formatFactor(growthFactor ?? 10)} growth.`} />;
  if (groups.length === 0) return <Empty text="No findings match these filters. Turn on more severities or statuses above." />;
  return (
    <Stack gap="md" pb="md">
      {groups.map((group) => (
        <section key={group.checklist} aria-label={`${checklistLabel[group.checklist]} findings`}>
          <Title order={3} size="h6" tt="uppercase" c="dimmed" mb={4}>
            {checklistLabel[group.checklist]} ({group.findings.length})
          </Title>
          <GroupRows findings={group.findings} names={names} docs={docs} onFocus={onFocus} />
        </section>
      ))}
    </Stack>
  );
});

/** Rows shown per checklist before "Show more": a large model has thousands of findings. */
const PAGE = 25;

/**
 * One checklist's rows, a page at a time: rendering all 3,300 findings of a 1,000-component model
 * at once took seconds. The finding "next finding" moved to is always shown.
 */
function GroupRows({ findings, names, docs, onFocus }: Pick<ListProps, 'names' | 'docs' | 'onFocus'> & { readonly findings: readonly Finding[] }) {
  const [limit, setLimit] = useState(PAGE);
  const current = useCurrentFinding();
  const currentIndex = current === null ? -1 : findings.findIndex((f) => f.key === current);
  const shown = Math.max(limit, currentIndex + 1);
  const rest = findings.length - shown;
  return (
    <Stack gap={6}>
      {findings.slice(0, shown).map((finding: Finding) => (
        <FindingRow key={finding.key} finding={finding} names={names} doc={docs.get(finding.ruleId)} onFocus={onFocus} />
      ))}
      {rest > 0 && (
        <Button variant="subtle" size="xs" onClick={() => setLimit(shown + PAGE)} data-testid="findings-show-more">
          Show {Math.min(PAGE, rest)} more of {rest} remaining
        </Button>
      )}
    </Stack>
  );
}

function Empty({ text }: { text: string }) {
  return (
    <Text size="sm" c="dimmed" py="lg" ta="center" data-testid="findings-empty">
      {text}
    </Text>
  );
}
