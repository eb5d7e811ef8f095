import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { MergeConflict } from '../../../shared/model/conflict';
import { conflictKey } from '../../../shared/model/conflict';
import { resolveConflict } from '../../../shared/changes/recordEdits';
import { valueText, namesOf } from '../../../shared/changes/changeText';
import type { JsonValue } from '../../../shared/changes/propertyChanges';
import { useEditor } from '../project/EditorContext';

const reasonLabels: Readonly<Record<MergeConflict['reason'], string>> = {
  'both-changed': 'changed on both sides',
  'deleted-by-ours': 'deleted here, changed there',
  'deleted-by-theirs': 'changed here, deleted there',
  'refers-to-deleted': 'refers to something deleted here',
};

/** A side's value in a few words: a whole record as "present"/"absent", a property by its value. */
function sideText(conflict: MergeConflict, value: JsonValue | undefined, names: ReturnType<typeof namesOf>): string {
  if (conflict.path === undefined) return value === undefined ? '(not there)' : '(there)';
  return valueText(conflict.path, value, names);
}

/**
 * The conflicts a `tenfold merge` recorded in the project file, each with what both sides had:
 * Keep ours leaves the project as it is, Take theirs sets their side's value (or record). Each
 * choice is one undoable edit, saved like any other.
 */
export function ConflictsPanel() {
  const editor = useEditor();
  const { project } = editor;
  const names = namesOf({ before: project, after: project });
  if (project.conflicts.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No merge conflicts: every one is resolved.
      </Text>
    );
  }
  const resolve = (conflict: MergeConflict, choice: 'ours' | 'theirs') => {
    const edit = resolveConflict(editor.project, conflict, choice);
    if (!edit.ok) {
      notifications.show({ color: 'red', title: 'Cannot take their side', message: edit.message });
      return;
    }
    editor.apply(
      `${choice === 'ours' ? 'Keep ours' : 'Take theirs'} for ${conflict.name ?? conflict.record}${conflict.path ? ` ${conflict.path}` : ''}`,
      () => edit.project,
    );
  };
  return (
    <Stack gap="sm" data-testid="conflicts">
      <Text size="sm">
        A merge of this project file found {project.conflicts.length === 1 ? 'a change' : `${project.conflicts.length} changes`} it could not settle. The
        project keeps our side until you choose.
      </Text>
      {project.conflicts.map((conflict) => (
        <Card key={conflictKey(conflict)} withBorder padding="sm" data-testid="conflict">
          <Text fw={600} size="sm">
            {conflict.record === 'project' || conflict.record === 'workload' ? conflict.record : `${conflict.record} ${conflict.name ?? conflict.id}`}
            {conflict.path ? ` · ${conflict.path}` : ''}
          </Text>
          <Badge size="xs" variant="light" color="orange" mt={4}>
            {reasonLabels[conflict.reason]}
          </Badge>
          <Text size="sm" c="dimmed" mt={4}>
            {conflict.message}
          </Text>
          <Text size="sm" mt={4}>
            Ours: <b>{sideText(conflict, conflict.ours, names)}</b> · Theirs: <b>{sideText(conflict, conflict.theirs, names)}</b>
            {conflict.path ? ` · Before both: ${sideText(conflict, conflict.base, names)}` : ''}
          </Text>
          <Group gap="xs" mt="xs">
            <Button size="compact-sm" variant="default" onClick={() => resolve(conflict, 'ours')}>
              Keep ours
            </Button>
            <Button size="compact-sm" variant="light" onClick={() => resolve(conflict, 'theirs')}>
              Take theirs
            </Button>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
