import { Stack, Text } from '@mantine/core';
import { Note } from '../../../shared/model/layout';
import { updateNote } from '../project/notes';
import { useEditor } from '../project/EditorContext';
import { TextField } from './fields';

/** A note selected on the canvas: its text (also editable in place with a double-click). */
export function NoteForm({ id, text }: { id: string; text: string }) {
  const { apply } = useEditor();
  return (
    <Stack gap="sm" data-testid="note-form">
      <Text fw={600}>Note</Text>
      <TextField
        label="Text"
        multiline
        value={text}
        schema={Note.shape.text}
        onChange={(v) => apply('Edit note', (p) => updateNote(p, id, { text: v ?? '' }), { coalesce: `note.${id}` })}
      />
      <Text size="xs" c="dimmed">
        Notes are for the readers of the diagram. They are kept with the layout; no rule or analysis reads them.
      </Text>
    </Stack>
  );
}
