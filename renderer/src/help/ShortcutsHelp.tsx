import { Modal, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useAllCommands, useCommands, type Command } from '../palette/commands';
import { ShortcutKeys } from '../palette/CommandPalette';
import { groupCommands } from '../palette/shortcuts';

/**
 * Every registered command with its keys, grouped: opened with "?" (Shift+/) or from the palette.
 * Mounted once in the app shell; lists whatever the features have registered at that moment.
 */
export function ShortcutsHelp() {
  const [opened, setOpened] = useState(false);
  const own = useMemo<Command[]>(
    () => [
      {
        id: 'help.shortcuts',
        label: 'Keyboard shortcuts',
        group: 'General',
        shortcut: 'shift+?',
        keywords: ['help', 'keys', 'hotkeys'],
        run: () => setOpened((o) => !o),
      },
    ],
    [],
  );
  useCommands(own);
  const commands = useAllCommands();
  const groups = useMemo(() => groupCommands(commands.filter((c) => c.shortcut)), [commands]);

  return (
    <Modal opened={opened} onClose={() => setOpened(false)} title="Keyboard shortcuts" size="xl">
      <Text size="sm" c="dimmed" mb="md">
        Press Ctrl+K (⌘K on a Mac) to search every command, including those without a shortcut.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" data-testid="shortcuts-help">
        {groups.map(({ group, commands: list }) => (
          <Stack key={group} gap={4}>
            <Title order={3} size="h6" tt="uppercase" c="dimmed">
              {group}
            </Title>
            <Table withRowBorders={false} verticalSpacing={3}>
              <Table.Tbody>
                {list.map((command) => (
                  <Table.Tr key={command.id}>
                    <Table.Td>
                      <Text size="sm">{command.label}</Text>
                    </Table.Td>
                    <Table.Td ta="right">{command.shortcut && <ShortcutKeys shortcut={command.shortcut} />}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        ))}
      </SimpleGrid>
    </Modal>
  );
}
