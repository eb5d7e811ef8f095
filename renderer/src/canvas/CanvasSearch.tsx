import { ActionIcon, Group, Paper, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSearch, IconX } from '@tabler/icons-react';
import { useEffect, useEffectEvent, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useEditor } from '../project/EditorContext';
import { useCommands, type Command } from '../palette/commands';
import { searchComponents } from './componentSearch';
import classes from './canvas.module.css';

const SHOWN = 8;

/**
 * Ctrl/Cmd+F on the canvas: finds components by name, kind, technology or tag, selects the match
 * and zooms to it; Enter and Shift+Enter step through the matches, Escape closes.
 */
export function CanvasSearch() {
  const { project, focus } = useEditor();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => (open ? searchComponents(project.components, query) : []), [open, project.components, query]);
  const current = matches[Math.min(index, matches.length - 1)];

  const commands = useMemo<Command[]>(
    () => [
      {
        id: 'canvas.find',
        label: 'Find a component on the canvas',
        group: 'View',
        shortcut: 'mod+f',
        keywords: ['search', 'find', 'go to'],
        run: () => {
          setOpen(true);
          // Already open: the shortcut selects the query to type a new one.
          requestAnimationFrame(() => input.current?.select());
        },
      },
    ],
    [],
  );
  useCommands(commands);

  // Each new match is selected and zoomed to, as the user types or steps.
  const currentId = current?.id ?? null;
  // The match is what moves the view; focus itself is read as it is when the match changes.
  const focusMatch = useEffectEvent((id: string) => focus([id]));
  useEffect(() => {
    if (currentId) focusMatch(currentId);
  }, [currentId]);

  if (!open) return null;
  const step = (by: 1 | -1) => matches.length > 0 && setIndex((i) => (Math.min(i, matches.length - 1) + by + matches.length) % matches.length);
  const close = () => {
    setOpen(false);
    setQuery('');
    setIndex(0);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };
  return (
    <Paper className={classes.search} withBorder shadow="md" p="xs" radius="md" role="search" aria-label="Find a component" data-testid="canvas-search">
      <Group gap={6} wrap="nowrap">
        <TextInput
          ref={input}
          size="xs"
          autoFocus
          w={260}
          leftSection={<IconSearch size={14} aria-hidden />}
          placeholder="Name, kind, technology or tag"
          aria-label="Find a component"
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            setIndex(0);
          }}
          onKeyDown={onKeyDown}
        />
        <Text size="xs" c="dimmed" miw={56} ta="center" data-testid="canvas-search-count" aria-live="polite">
          {query.trim() === '' ? '' : matches.length === 0 ? 'No match' : `${Math.min(index, matches.length - 1) + 1} of ${matches.length}`}
        </Text>
        <ActionIcon size="sm" variant="subtle" aria-label="Previous match" disabled={matches.length < 2} onClick={() => step(-1)}>
          <IconChevronUp size={14} />
        </ActionIcon>
        <ActionIcon size="sm" variant="subtle" aria-label="Next match" disabled={matches.length < 2} onClick={() => step(1)}>
          <IconChevronDown size={14} />
        </ActionIcon>
        <ActionIcon size="sm" variant="subtle" aria-label="Close the search" onClick={close}>
          <IconX size={14} />
        </ActionIcon>
      </Group>
      {matches.length > 1 && (
        <Stack gap={0} mt={4}>
          {matches.slice(0, SHOWN).map((match, i) => (
            <UnstyledButton key={match.id} className={classes.searchMatch} data-current={match === current || undefined} onClick={() => setIndex(i)}>
              <Text size="xs" fw={match === current ? 700 : 400} truncate="end">
                {match.name}
                {match.field !== 'name' && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    · {match.text}
                  </Text>
                )}
              </Text>
            </UnstyledButton>
          ))}
          {matches.length > SHOWN && (
            <Text size="xs" c="dimmed" px={6}>
              and {matches.length - SHOWN} more
            </Text>
          )}
        </Stack>
      )}
    </Paper>
  );
}
