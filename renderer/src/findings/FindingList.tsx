import { Button, Stack, Text, Title } from '@mantine/core';
import { memo, useState } from 'react';
import type { Finding } from '../../../shared/model/finding';
import { formatFactor } from '../../../shared/model/growthFactor';
import type { FindingGroup } from './findingGroups';
import { useCurrentFinding } from './findingCursor';
import { FindingRow } from './FindingRow';
import type { useRuleDocs } from './useRuleDocs';

interface ListProps {
  readonly groups: readonly FindingGroup[];
  readonly ranks: ReadonlyMap<string, number>;
  readonly check: boolean;
  readonly projectEmpty: boolean;
  readonly total: number;
  readonly growthFactor: number | undefined;
  readonly names: ReadonlyMap<string, string>;
  readonly docs: ReturnType<typeof useRuleDocs>;
  readonly onFocus: (ids: readonly string[]) => void;
}

type RowProps = Pick<ListProps, 'ranks' | 'names' | 'docs' | 'onFocus'>;

/** Memoized: an edit that changes neither the findings nor a name re-renders none of the rows. */
export const FindingList = memo(function FindingList({ groups, check, projectEmpty, total, growthFactor, ...rowProps }: ListProps) {
  if (projectEmpty) return <Empty text="Add components to see findings: drag a kind from the palette onto the canvas." />;
  if (!check) return <Empty text="Checking the model…" />;
  if (total === 0) return <Empty text={`No findings — this model passes every rule at ${formatFactor(growthFactor ?? 10)} growth.`} />;
  if (groups.length === 0) return <Empty text="No findings match these filters. Turn on more severities or statuses above." />;
  if (groups.length === 1 && groups[0]!.id === 'agenda') return <Agenda group={groups[0]!} {...rowProps} />;
  return <PagedGroups groups={groups} {...rowProps} />;
});

/** The agenda is one list; its heading is for screen readers, the grouping control already says it. */
function Agenda({ group, ...rowProps }: RowProps & { readonly group: FindingGroup }) {
  return (
    <section aria-label="Agenda findings" data-testid="findings-group" data-group={group.id}>
      <GroupRows findings={group.findings} {...rowProps} />
    </section>
  );
}

/** Groups shown before "Show more": a large model has a thousand components, each with findings. */
const GROUP_PAGE = 25;

/** Rows shown per group before "Show more": a large model has thousands of findings, too many to render at once. */
const ROW_PAGE = 25;

function PagedGroups({ groups, ...rowProps }: RowProps & { readonly groups: readonly FindingGroup[] }) {
  const [limit, setLimit] = useState(GROUP_PAGE);
  const current = useCurrentFinding();
  // The finding "next finding" moved to is always shown, even in a group past the page.
  const currentGroup = current === null || groups.length <= limit ? -1 : groups.findIndex((g) => g.findings.some((f) => f.key === current));
  const shown = Math.max(limit, currentGroup + 1);
  const rest = groups.length - shown;
  return (
    <Stack gap="md" pb="md">
      {groups.slice(0, shown).map((group) => (
        <section key={group.id} aria-label={`${group.label} findings`} data-testid="findings-group" data-group={group.id}>
          <Title order={3} size="h6" tt={group.componentId ? undefined : 'uppercase'} c="dimmed" mb={4}>
            {group.label} ({group.findings.length})
          </Title>
          <GroupRows findings={group.findings} groupComponentId={group.componentId} {...rowProps} />
        </section>
      ))}
      {rest > 0 && (
        <Button variant="light" size="xs" onClick={() => setLimit(shown + GROUP_PAGE)} data-testid="findings-show-more-groups">
          Show {Math.min(GROUP_PAGE, rest)} more of {rest} remaining components
        </Button>
      )}
    </Stack>
  );
}

/** One group's rows, a page at a time. The finding "next finding" moved to is always shown. */
function GroupRows({
  findings,
  groupComponentId,
  ranks,
  names,
  docs,
  onFocus,
}: RowProps & { readonly findings: readonly Finding[]; readonly groupComponentId?: string | undefined }) {
  const [limit, setLimit] = useState(ROW_PAGE);
  const current = useCurrentFinding();
  const currentIndex = current === null || findings.length <= limit ? -1 : findings.findIndex((f) => f.key === current);
  const shown = Math.max(limit, currentIndex + 1);
  const rest = findings.length - shown;
  return (
    <Stack gap={6}>
      {findings.slice(0, shown).map((finding) => (
        <FindingRow
          key={finding.key}
          finding={finding}
          rank={ranks.get(finding.key) ?? 0}
          names={names}
          doc={docs.get(finding.ruleId)}
          groupComponentId={groupComponentId}
          onFocus={onFocus}
        />
      ))}
      {rest > 0 && (
        <Button variant="subtle" size="xs" onClick={() => setLimit(shown + ROW_PAGE)} data-testid="findings-show-more">
          Show {Math.min(ROW_PAGE, rest)} more of {rest} remaining
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
