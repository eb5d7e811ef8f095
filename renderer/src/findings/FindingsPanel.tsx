import { Badge, Box, Chip, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { Finding } from '../../../shared/model/finding';
import { useCheckState, useEditor } from '../project/EditorContext';
import { agendaRanks, groupFindings, groupingLabel, groupings, type FindingGrouping } from './findingGroups';
import {
  countFindings,
  defaultFilter,
  matchesFilter,
  severities,
  severityLabel,
  statuses,
  statusLabel,
  type FindingCounts,
  type FindingFilter,
} from './findingsModel';
import { CheckingIndicator } from './CheckingIndicator';
import { FindingList } from './FindingList';
import { setFindingGrouping, useFindingGrouping } from './groupingChoice';
import { useRuleDocs } from './useRuleDocs';
import { useConnectionSources, useTargetNames } from './useTargetNames';
import { severityColor } from './severity';

const noFindings: readonly Finding[] = [];

/**
 * The findings of the latest check: the agenda (priority order) first, or grouped by checklist
 * or by component, filterable by severity and status. While a new check runs the previous
 * findings stay on screen (no flicker) under a small "checking…" indicator.
 */
export function FindingsPanel() {
  const { project, focus } = useEditor();
  const { check, checking } = useCheckState();
  const [filter, setFilter] = useState<FindingFilter>(defaultFilter);
  const grouping = useFindingGrouping();
  const docs = useRuleDocs();
  const names = useTargetNames(project);
  const connectionSources = useConnectionSources(project);
  const findings = check?.findings ?? noFindings;
  const counts = useMemo(() => countFindings(findings), [findings]);
  const ranks = useMemo(() => agendaRanks(findings), [findings]);
  const listed = useMemo(() => findings.filter((f) => matchesFilter(f, filter)), [findings, filter]);
  const groups = useMemo(() => groupFindings(listed, grouping, { names, connectionSources }), [listed, grouping, names, connectionSources]);

  return (
    <Stack gap="xs" data-testid="findings-panel">
      <Group justify="space-between" wrap="nowrap">
        <Title order={2} size="h4">
          Findings
        </Title>
        <CheckingIndicator checking={checking} />
      </Group>
      {check && <Counts counts={counts} />}
      <SegmentedControl
        size="xs"
        fullWidth
        aria-label="Group findings"
        value={grouping}
        onChange={(value) => setFindingGrouping(value)}
        data={groupings.map((g) => ({ value: g, label: groupingLabel[g] }))}
        data-testid="findings-grouping"
      />
      <FilterChips filter={filter} onChange={setFilter} />
      <Box>
        {check && listed.length > 0 && (
          <Text size="xs" c="dimmed" mb={6} data-testid="findings-listed" data-count={listed.length}>
            {listedLine(listed.length, grouping, groups.length)}
          </Text>
        )}
        <FindingList
          groups={groups}
          ranks={ranks}
          check={check !== null}
          projectEmpty={project.components.length === 0}
          total={findings.length}
          growthFactor={check?.analyses.growth.growthFactor}
          names={names}
          docs={docs}
          onFocus={focus}
        />
        {check && check.staleWaivers.length > 0 && (
          <Text size="xs" c="dimmed" mt="md">
            {check.staleWaivers.length} review {check.staleWaivers.length === 1 ? 'entry refers to a finding' : 'entries refer to findings'} that no longer
            occur.
          </Text>
        )}
      </Box>
    </Stack>
  );
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What the list below shows, in words: the count matches the tab's badge under the default filter. */
function listedLine(count: number, grouping: FindingGrouping, groupCount: number): string {
  if (grouping === 'agenda') return `${plural(count, 'finding')}, most important first`;
  if (grouping === 'checklist') return `${plural(count, 'finding')} in ${plural(groupCount, 'checklist')}, most important first in each`;
  return `${plural(count, 'finding')} on ${plural(groupCount, 'component')}; one that concerns several is listed under each`;
}

/**
 * The one count the app shows everywhere (open or planned, see isOpenFinding), by severity, and
 * what it leaves out, so the tab badge, these figures and the report can be checked against each other.
 */
function Counts({ counts }: { counts: FindingCounts }) {
  return (
    <Stack gap={2}>
      <Group gap={4} role="group" aria-label="Open findings by severity" wrap="nowrap">
        <Text size="sm" fw={700} mr={4} style={{ whiteSpace: 'nowrap' }} data-testid="open-count" data-count={counts.open}>
          {counts.open} open
        </Text>
        {severities.map((severity) => (
          <Badge key={severity} variant="dot" color={severityColor[severity]} size="sm" tt="none" style={{ flexShrink: 0 }} data-testid={`count-${severity}`}>
            {counts.severity[severity]} {severity === 'info' ? 'info' : `${severityLabel[severity].toLowerCase()}${counts.severity[severity] === 1 ? '' : 's'}`}
          </Badge>
        ))}
      </Group>
      <Text size="xs" c="dimmed" data-testid="count-note">
        Open: not fixed or accepted yet, {counts.status.planned} planned included. Not counted: {plural(counts.status['accepted-risk'], 'accepted risk')},{' '}
        {counts.status.fixed} fixed.
      </Text>
    </Stack>
  );
}

function FilterChips({ filter, onChange }: { filter: FindingFilter; onChange: (filter: FindingFilter) => void }) {
  return (
    <Stack gap={4}>
      <Group gap={4} role="group" aria-label="Filter by severity">
        <Chip.Group multiple value={[...filter.severities]} onChange={(value) => onChange({ ...filter, severities: value })}>
          {severities.map((severity) => (
            <Chip key={severity} value={severity} size="xs">
              {severityLabel[severity]}
            </Chip>
          ))}
        </Chip.Group>
      </Group>
      <Group gap={4} role="group" aria-label="Filter by status">
        <Chip.Group multiple value={[...filter.statuses]} onChange={(value) => onChange({ ...filter, statuses: value })}>
          {statuses.map((status) => (
            <Chip key={status} value={status} size="xs">
              {statusLabel[status]}
            </Chip>
          ))}
        </Chip.Group>
      </Group>
    </Stack>
  );
}
