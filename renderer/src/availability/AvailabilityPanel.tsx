import { Anchor, Badge, Group, Paper, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { memo, useEffect } from 'react';
import type { CheckResult } from '../../../shared/ipc/contract';
import { useCheckState, useEditor } from '../project/EditorContext';
import { CheckingIndicator } from '../findings/CheckingIndicator';
import { useTargetNames } from '../findings/useTargetNames';
import { downtimePerYear, formatAvailability, formatShare } from './availabilityModel';

/**
 * Availability of each entry point against the target with its weakest links, and the single
 * points of failure with their blast radius. A switch outlines the SPOFs on the canvas.
 */
export function AvailabilityPanel() {
  const { project, view, setView, focus } = useEditor();
  const { check, checking } = useCheckState();
  const names = useTargetNames(project);
  const showing = view.panel === 'availability';
  const outlined = view.highlight === 'spof';

  useEffect(() => {
    // The SPOF outline belongs to this panel: leaving it returns the canvas to findings badges.
    if (!showing) return;
    return () => setView({ highlight: 'findings' });
  }, [showing, setView]);

  return (
    <Stack gap="md" data-testid="availability-panel">
      <Group justify="space-between" wrap="nowrap">
        <Title order={2} size="h4">
          Availability
        </Title>
        <CheckingIndicator checking={checking} />
      </Group>
      <Switch
        label="Outline single points of failure on the canvas"
        checked={outlined}
        onChange={(event) => setView({ highlight: event.currentTarget.checked ? 'spof' : 'findings' })}
      />
      {check === null ? (
        <Text size="sm" c="dimmed">
          {project.components.length === 0 ? 'Add components and mark an entry point to see its availability.' : 'Checking the model…'}
        </Text>
      ) : (
        <>
          <EntryPoints check={check} names={names} onFocus={focus} />
          <Spofs check={check} names={names} onFocus={focus} />
        </>
      )}
    </Stack>
  );
}

/**
 * Props of the sections. They are memoized and take focus as a prop rather than from the editor
 * context, so they re-render when a check or a name changes, not on every edit.
 */
interface SectionProps {
  readonly check: CheckResult;
  readonly names: ReadonlyMap<string, string>;
  readonly onFocus: (ids: readonly string[]) => void;
}

function focusLink(onFocus: SectionProps['onFocus']) {
  return (id: string, names: ReadonlyMap<string, string>) => (
    <Anchor component="button" type="button" size="sm" onClick={() => onFocus([id])}>
      {names.get(id) ?? 'missing component'}
    </Anchor>
  );
}

const EntryPoints = memo(function EntryPoints({ check, names, onFocus }: SectionProps) {
  const link = focusLink(onFocus);
  const entries = check.analyses.availability.entryPoints;
  return (
    <section aria-label="Availability per entry point" data-testid="availability-entries">
      <Title order={3} size="h6" tt="uppercase" c="dimmed" mb={4}>
        Entry points
      </Title>
      {entries.length === 0 && (
        <Text size="sm" c="dimmed">
          No entry points yet. Mark a client or edge component as an entry point in the project panel and give it a peak rate.
        </Text>
      )}
      <Stack gap="xs">
        {entries.map((entry) => (
          <Paper key={entry.entryPointId} withBorder p="xs" radius="sm">
            <Group justify="space-between" wrap="nowrap">
              {link(entry.entryPointId, names)}
              <Badge color={entry.meetsTarget ? 'teal' : 'red'} variant="light">
                {entry.meetsTarget ? 'Meets target' : 'Below target'}
              </Badge>
            </Group>
            <Text size="lg" fw={700}>
              {formatAvailability(entry.availability)}{' '}
              <Text span size="sm" c="dimmed" fw={400}>
                vs {formatAvailability(entry.target)} target
              </Text>
            </Text>
            <Text size="xs" c="dimmed">
              About {downtimePerYear(entry.availability)} of downtime a year.
            </Text>
            {entry.weakestLinks.length > 0 && (
              <Text size="sm" mt={4} component="div">
                Weakest links:{' '}
                {entry.weakestLinks.map((weak, index) => (
                  <span key={weak.componentId}>
                    {index > 0 ? ', ' : ''}
                    {link(weak.componentId, names)} ({formatAvailability(weak.availability)})
                  </span>
                ))}
              </Text>
            )}
          </Paper>
        ))}
      </Stack>
    </section>
  );
});

const Spofs = memo(function Spofs({ check, names, onFocus }: SectionProps) {
  const link = focusLink(onFocus);
  const spofs = check.analyses.spof.spofs;
  return (
    <section aria-label="Single points of failure" data-testid="availability-spofs">
      <Title order={3} size="h6" tt="uppercase" c="dimmed" mb={4}>
        Single points of failure ({spofs.length})
      </Title>
      {spofs.length === 0 ? (
        <Text size="sm" c="dimmed">
          No single component can take an entry point down on its own.
        </Text>
      ) : (
        <Table verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Component</Table.Th>
              <Table.Th>Traffic lost</Table.Th>
              <Table.Th>Entry points lost</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {spofs.map((spof) => (
              <Table.Tr key={spof.componentId}>
                <Table.Td>{link(spof.componentId, names)}</Table.Td>
                <Table.Td>{formatShare(spof.blastRadius)}</Table.Td>
                <Table.Td>{spof.entryPointIds.map((id) => names.get(id) ?? 'missing component').join(', ')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
});
