import { Stack, Text } from '@mantine/core';
import { useEditor } from '../project/EditorContext';
import { ComponentForm } from './ComponentForm';
import { ConnectionForm } from './ConnectionForm';
import { ZoneForm } from './ZoneForm';
import { NoteForm } from './NoteForm';

/** The selected component, connection or zone; nothing selected explains what to do. */
export function Inspector() {
  const { project, selection } = useEditor();
  if (selection.length === 1) {
    const id = selection[0];
    const component = project.components.find((c) => c.id === id);
    if (component) return <ComponentForm key={component.id} component={component} />;
    const connection = project.connections.find((c) => c.id === id);
    if (connection) return <ConnectionForm key={connection.id} connection={connection} />;
    const zone = project.zones.find((z) => z.id === id);
    if (zone) return <ZoneForm key={zone.id} zone={zone} />;
    const note = project.layout.notes?.[id!];
    if (note) return <NoteForm key={id} id={id!} text={note.text} />;
  }
  return (
    <Stack gap={6} py="md">
      <Text fw={600}>{selection.length > 1 ? `${selection.length} items selected` : 'Nothing selected'}</Text>
      <Text size="sm" c="dimmed">
        {selection.length > 1
          ? 'Select a single component or connection to edit its properties. Delete, copy and duplicate work on the whole selection.'
          : 'Select a component or connection on the canvas to edit its properties. Project settings, the workload and zones are in the Project tab.'}
      </Text>
    </Stack>
  );
}
