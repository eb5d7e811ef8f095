import { Group, Kbd, Text } from '@mantine/core';
import { Spotlight, spotlight, type SpotlightActionGroupData } from '@mantine/spotlight';
import '@mantine/spotlight/styles.css';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useAllCommands, useCommands, useCommandSearchSource, type Command } from './commands';
import { groupCommands, isMacPlatform, shortcutKeys } from './shortcuts';
import { useCommandHotkeys } from './useCommandHotkeys';

/** Keys of a shortcut as <Kbd> elements. */
export function ShortcutKeys({ shortcut }: { shortcut: string }) {
  const keys = shortcutKeys(shortcut, isMacPlatform());
  return (
    <Group gap={2} wrap="nowrap" component="span">
      {keys.map((key, index) => (
        <Kbd key={index} size="xs">
          {key}
        </Kbd>
      ))}
    </Group>
  );
}

/**
 * The command palette (Ctrl/Cmd+K) listing every registered command by group, and the global
 * hotkey binding of every command's shortcut. Mounted once in the app shell.
 */
export function CommandPalette() {
  const commands = useAllCommands();
  const searchSource = useCommandSearchSource();
  const [query, setQuery] = useState('');
  const own = useMemo<Command[]>(
    () => [
      { id: 'palette.open', label: 'Command palette', group: 'General', shortcut: 'mod+k', keywords: ['search', 'actions'], run: () => spotlight.toggle() },
    ],
    [],
  );
  useCommands(own);
  useCommandHotkeys(commands);

  // Found from the query (components to go to) first, then every command; Spotlight filters both.
  const found = useMemo(() => (query.trim() ? (searchSource()?.(query) ?? []) : []), [query, searchSource]);
  const actions = useMemo<SpotlightActionGroupData[]>(
    () =>
      groupCommands([...found, ...commands.filter((c) => c.id !== 'palette.open')]).map(({ group, commands: list }) => ({
        group,
        actions: list.map((command) => ({
          id: command.id,
          label: command.label,
          keywords: [...(command.keywords ?? []), group],
          disabled: command.disabled,
          rightSection: command.shortcut ? <ShortcutKeys shortcut={command.shortcut} /> : undefined,
          onClick: () => command.run(),
        })),
      })),
    [commands, found],
  );

  return (
    <Spotlight
      actions={actions}
      query={query}
      onQueryChange={setQuery}
      shortcut={null}
      scrollable
      maxHeight={420}
      nothingFound={<Text size="sm">No command matches. Try another word.</Text>}
      highlightQuery
      searchProps={{
        leftSection: <IconSearch size={18} stroke={1.5} aria-hidden />,
        placeholder: 'Type a command or a component…',
        'aria-label': 'Search commands',
      }}
    />
  );
}
