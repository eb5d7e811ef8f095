import { Badge, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import type { AnalysisDiff, FindingRef } from '../../../shared/changes/comparison';
import { summaryRows } from './analysisSummary';

const LIMIT = 50;
const severityColours = { error: 'red', warning: 'orange', info: 'blue' } as const;

function Findings({ title, findings, testId }: { title: string; findings: readonly FindingRef[]; testId: string }) {
  if (findings.length === 0) return null;
  return (
    <Stack gap={4} data-testid={testId}>
      <Title order={5}>
        {title} ({findings.length})
      </Title>
      <List size="sm" spacing={2}>
        {findings.slice(0, LIMIT).map((f) => (
          <List.Item key={f.key}>
            <Group gap={6} wrap="nowrap" align="baseline">
              <Badge size="xs" variant="light" color={severityColours[f.severity]}>
                {f.severity}
              </Badge>
              <Text size="sm">{f.message}</Text>
            </Group>
          </List.Item>
        ))}
      </List>
      {findings.length > LIMIT ? (
        <Text size="xs" c="dimmed">
          and {findings.length - LIMIT} more
        </Text>
      ) : null}
    </Stack>
  );
}

/** What the change does to the analysis: the before → after table, then the findings it introduces and resolves. */
export function AnalysisChanges({ analysis }: { analysis: AnalysisDiff }) {
  const changed = analysis.findings.changed;
  return (
    <Stack gap="sm">
      <Table data-testid="analysis-summary" withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            <Table.Th>Before</Table.Th>
            <Table.Th>After</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {summaryRows(analysis).map((row) => (
            <Table.Tr key={row.label}>
              <Table.Th scope="row">{row.label}</Table.Th>
              <Table.Td>{row.before}</Table.Td>
              <Table.Td>{row.after}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Findings title="Findings introduced" findings={analysis.findings.introduced} testId="findings-introduced" />
      <Findings title="Findings resolved" findings={analysis.findings.resolved} testId="findings-resolved" />
      {changed.length > 0 ? (
        <Stack gap={4}>
          <Title order={5}>Findings that changed ({changed.length})</Title>
          <List size="sm" spacing={2}>
            {changed.slice(0, LIMIT).map((c) => (
              <List.Item key={c.key}>
                {c.ruleId}
                {c.severityBefore === c.severityAfter ? '' : `: ${c.severityBefore} → ${c.severityAfter}`}
                {c.joined.length > 0 ? `; now also ${c.joined.join(', ')}` : ''}
                {c.left.length > 0 ? `; no longer ${c.left.join(', ')}` : ''}
              </List.Item>
            ))}
          </List>
        </Stack>
      ) : null}
    </Stack>
  );
}
