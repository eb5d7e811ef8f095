import { ScrollArea, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { componentKinds, type ComponentKind } from '../../../shared/model/component';
import { kindDefaults } from '../../../shared/model/defaults';
import { kindColor, kindIcons } from './kindIcons';
import { IconNote } from '@tabler/icons-react';
import { useAllCommands } from '../palette/commands';
import classes from './palette.module.css';

/** The drag-and-drop payload type for a kind dragged from the palette onto the canvas. */
export const KIND_DRAG_TYPE = 'application/x-tenfold-kind';

/** Component kinds on the left: drag one onto the canvas, or click / Enter to add it in the middle. */
export function KindPalette({ onAdd }: { onAdd: (kind: ComponentKind) => void }) {
  const allCommands = useAllCommands();
  return (
    <nav aria-label="Component palette" className={classes.palette}>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="xs" pt="xs" pb={4}>
        Add
      </Text>
      <ScrollArea className={classes.scroll} type="auto">
        {componentKinds.map((kind) => {
          const Icon = kindIcons[kind];
          const label = kindDefaults[kind].label;
          return (
            <Tooltip key={kind} label={`${label}: drag onto the canvas, or click to add it in the middle`} position="right" openDelay={600}>
              <UnstyledButton
                className={classes.item}
                draggable
                onDragStart={(event) => {
                  event.dataTransfer.setData(KIND_DRAG_TYPE, kind);
                  event.dataTransfer.effectAllowed = 'copy';
                }}
                onClick={() => onAdd(kind)}
                aria-label={`Add ${label}`}
                data-testid={`palette-${kind}`}
              >
                <Icon size={18} stroke={1.6} color={`var(--mantine-color-${kindColor(kind)}-filled)`} aria-hidden />
                <Text size="xs" truncate="end">
                  {label}
                </Text>
              </UnstyledButton>
            </Tooltip>
          );
        })}
        <Tooltip label="A note for the readers of the diagram: it is not a component and no rule reads it" position="right" openDelay={600}>
          <UnstyledButton
            className={classes.item}
            onClick={() => allCommands.find((c) => c.id === 'canvas.addNote')?.run()}
            aria-label="Add a note"
            data-testid="palette-note"
          >
            <IconNote size={18} stroke={1.6} color="var(--mantine-color-yellow-filled)" aria-hidden />
            <Text size="xs" truncate="end">
              Note
            </Text>
          </UnstyledButton>
        </Tooltip>
      </ScrollArea>
    </nav>
  );
}
