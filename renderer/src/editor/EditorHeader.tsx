import { ActionIcon, Button, Group, Menu, Text, Tooltip } from '@mantine/core';
import {
  IconArrowBackUp,
  IconArrowForwardUp,
  IconArrowLeft,
  IconChevronDown,
  IconGitCompare,
  IconLayoutBoardSplit,
  IconPresentation,
} from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useLatest } from '../react/useLatest';
import { CompareModal } from '../compare/CompareModal';
import { prepareLayoutWorker, releaseLayoutWorker } from '../layout/autoLayout';
import { Exports } from '../exports/Exports';
import { ThemeToggle } from '../theme/ThemeToggle';
import type { CanvasHighlight } from '../project/editorApi';
import { useEditor } from '../project/EditorContext';
import { SaveIndicator } from '../project/SaveIndicator';

const highlights: readonly (readonly [CanvasHighlight, string])[] = [
  ['findings', 'Findings'],
  ['utilization', 'Load'],
  ['spof', 'SPOFs'],
];

/**
 * "Place components without a position", disabled when every component has one. The menu renders
 * its items only while it is open, so that look at every component's position happens then, not
 * in the header's render on every edit.
 */
function PlaceNewItem({ onPlace }: { onPlace: () => void }) {
  const { project } = useEditor();
  const allPlaced = project.components.every((c) => project.layout.components[c.id]);
  return (
    <Menu.Item onClick={onPlace} disabled={allPlaced}>
      Place components without a position
    </Menu.Item>
  );
}

/**
 * Project name, save state and the editor's main actions. Each group is memoized on what it
 * shows: an edit re-renders the save state and undo buttons, not every menu, tooltip and button.
 */
export function EditorHeader() {
  const editor = useEditor();
  const { project, view, close, saveState, undo, redo, undoLabel, redoLabel, canUndo, canRedo, layoutRunning, autoLayout, setView } = editor;
  useEffect(() => releaseLayoutWorker, []);
  // The layout menu prepares ELK's worker for the project as it is when the menu opens.
  const latestProject = useLatest(project);
  const name = project.name;
  const { highlight, growthFactor } = view;
  const [comparing, setComparing] = useState(false);

  const title = useMemo(
    () => (
      <>
        <Tooltip label="Back to the library">
          <ActionIcon variant="subtle" color="gray" onClick={close} aria-label="Back to the library">
            <IconArrowLeft size={18} />
          </ActionIcon>
        </Tooltip>
        <Text fw={600} truncate="end" maw={280} data-testid="project-name">
          {name}
        </Text>
      </>
    ),
    [close, name],
  );
  const history = useMemo(
    () => (
      <>
        <Tooltip label={undoLabel ? `Undo ${undoLabel}` : 'Nothing to undo'}>
          <ActionIcon variant="default" onClick={undo} disabled={!canUndo} aria-label="Undo">
            <IconArrowBackUp size={18} />
          </ActionIcon>
        </Tooltip>
        <Tooltip label={redoLabel ? `Redo ${redoLabel}` : 'Nothing to redo'}>
          <ActionIcon variant="default" onClick={redo} disabled={!canRedo} aria-label="Redo">
            <IconArrowForwardUp size={18} />
          </ActionIcon>
        </Tooltip>
      </>
    ),
    [undo, redo, undoLabel, redoLabel, canUndo, canRedo],
  );
  const layoutMenu = useMemo(
    () => (
      // Opening the menu starts ELK's worker, so it is ready by the time an item is chosen.
      <Menu position="bottom-end" withinPortal onOpen={() => prepareLayoutWorker(latestProject())}>
        <Menu.Target>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconLayoutBoardSplit size={16} />}
            rightSection={<IconChevronDown size={14} />}
            loading={layoutRunning}
          >
            Auto-layout
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => autoLayout('full')}>Lay out the whole diagram</Menu.Item>
          <PlaceNewItem onPlace={() => autoLayout('new')} />
        </Menu.Dropdown>
      </Menu>
    ),
    [layoutRunning, autoLayout, latestProject],
  );
  const views = useMemo(
    () => (
      <>
        {/* Plain buttons, not a SegmentedControl: its sliding indicator measures the DOM on every
            render, which costs a full layout of a large diagram on each edit. */}
        <Button.Group aria-label="Canvas highlight">
          {highlights.map(([value, label]) => (
            <Button
              key={value}
              size="xs"
              variant={highlight === value ? 'filled' : 'default'}
              aria-pressed={highlight === value}
              onClick={() => setView({ highlight: value })}
            >
              {value === 'utilization' ? `Load at ${growthFactor}×` : label}
            </Button>
          ))}
        </Button.Group>
        <Button size="xs" variant="light" leftSection={<IconPresentation size={16} />} onClick={() => setView({ reviewMode: true })}>
          Review
        </Button>
        <Button size="xs" variant="default" leftSection={<IconGitCompare size={16} />} onClick={() => setComparing(true)}>
          Compare
        </Button>
        <Exports />
        <ThemeToggle />
      </>
    ),
    [highlight, growthFactor, setView],
  );

  return (
    <Group h="100%" px="sm" gap="sm" wrap="nowrap" justify="space-between">
      <Group gap="xs" wrap="nowrap" miw={0}>
        {title}
        <SaveIndicator state={saveState} />
      </Group>
      <Group gap="xs" wrap="nowrap">
        {history}
        {layoutMenu}
        {views}
      </Group>
      {/* Mounted only while open: it follows the project, which would re-render it on every edit. */}
      {comparing ? <CompareModal opened onClose={() => setComparing(false)} /> : null}
    </Group>
  );
}
