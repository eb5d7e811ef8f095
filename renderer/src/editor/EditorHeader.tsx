import { ActionIcon, Button, Group, Menu, Text, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconArrowForwardUp, IconArrowLeft, IconChevronDown, IconLayoutBoardSplit, IconPresentation } from '@tabler/icons-react';
import { useEffect } from 'react';
import { prepareLayoutWorker, releaseLayoutWorker } from '../canvas/autoLayout';
import { Exports } from '../exports/Exports';
import { ThemeToggle } from '../app/ThemeToggle';
import type { CanvasHighlight } from './editorApi';
import { useEditor } from './EditorContext';
import { SaveIndicator } from './SaveIndicator';

const highlights: readonly (readonly [CanvasHighlight, string])[] = [
  ['findings', 'Findings'],
  ['utilization', 'Load'],
  ['spof', 'SPOFs'],
];

/** Project name, save state and the editor's main actions. */
export function EditorHeader() {
  const editor = useEditor();
  const { project, view } = editor;
  useEffect(() => releaseLayoutWorker, []);
  return (
    <Group h="100%" px="sm" gap="sm" wrap="nowrap" justify="space-between">
      <Group gap="xs" wrap="nowrap" miw={0}>
        <Tooltip label="Back to the library">
          <ActionIcon variant="subtle" color="gray" onClick={editor.close} aria-label="Back to the library">
            <IconArrowLeft size={18} />
          </ActionIcon>
        </Tooltip>
        <Text fw={600} truncate="end" maw={280} data-testid="project-name">
          {project.name}
        </Text>
        <SaveIndicator state={editor.saveState} />
      </Group>
      <Group gap="xs" wrap="nowrap">
        <Tooltip label={editor.undoLabel ? `Undo ${editor.undoLabel}` : 'Nothing to undo'}>
          <ActionIcon variant="default" onClick={editor.undo} disabled={!editor.canUndo} aria-label="Undo">
            <IconArrowBackUp size={18} />
          </ActionIcon>
        </Tooltip>
        <Tooltip label={editor.redoLabel ? `Redo ${editor.redoLabel}` : 'Nothing to redo'}>
          <ActionIcon variant="default" onClick={editor.redo} disabled={!editor.canRedo} aria-label="Redo">
            <IconArrowForwardUp size={18} />
          </ActionIcon>
        </Tooltip>
        {/* Opening the menu starts ELK's worker, so it is ready by the time an item is chosen. */}
        <Menu position="bottom-end" withinPortal onOpen={prepareLayoutWorker}>
          <Menu.Target>
            <Button size="xs" variant="default" leftSection={<IconLayoutBoardSplit size={16} />} rightSection={<IconChevronDown size={14} />} loading={editor.layoutRunning}>
              Auto-layout
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => editor.autoLayout('full')}>Lay out the whole diagram</Menu.Item>
            <Menu.Item onClick={() => editor.autoLayout('new')} disabled={project.components.every((c) => project.layout.components[c.id])}>
              Place components without a position
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
        {/* Plain buttons, not a SegmentedControl: its sliding indicator measures the DOM on every
            render, which costs a full layout of a large diagram on each edit. */}
        <Button.Group aria-label="Canvas highlight">
          {highlights.map(([value, label]) => (
            <Button
              key={value}
              size="xs"
              variant={view.highlight === value ? 'filled' : 'default'}
              aria-pressed={view.highlight === value}
              onClick={() => editor.setView({ highlight: value })}
            >
              {value === 'utilization' ? `Load at ${view.growthFactor}×` : label}
            </Button>
          ))}
        </Button.Group>
        <Button size="xs" variant="light" leftSection={<IconPresentation size={16} />} onClick={() => editor.setView({ reviewMode: true })}>
          Review
        </Button>
        <Exports />
        <ThemeToggle />
      </Group>
    </Group>
  );
}
