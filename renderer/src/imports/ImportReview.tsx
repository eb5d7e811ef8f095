import { Accordion, Button, Checkbox, Group, List, Modal, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { ImportPreview } from '../../../shared/ipc/contract';
import type { ImportNote } from '../../../shared/ipc/importReport';
import { componentKinds, type ComponentKind } from '../../../shared/model/component';
import { kindDefaults } from '../../../shared/model/defaults';
import { connectionChoiceLabels, type ConnectionChoice, type ImportChoices } from '../../../shared/model/importChoices';

/** Notes shown per group; a large import's report lists the rest in the CLI. */
const SHOWN = 150;

const kindOptions = componentKinds.map((kind) => ({ value: kind, label: kindDefaults[kind].label }));
const choiceOptions = (Object.keys(connectionChoiceLabels) as ConnectionChoice[]).map((choice) => ({ value: choice, label: connectionChoiceLabels[choice] }));

interface Props {
  readonly preview: ImportPreview;
  readonly onCancel: () => void;
  readonly onCreate: (choices: ImportChoices, open: boolean) => void;
}

/**
 * What an import found, before anything is written: what was read from evidence, what was
 * guessed, what to confirm. Guessed kinds and connections can be fixed here, and suggested
 * connections added; the project is created with those answers.
 */
export function ImportReview({ preview, onCancel, onCreate }: Props) {
  const { project, report } = preview;
  const [name, setName] = useState(project.name);
  const [kinds, setKinds] = useState<Record<string, ComponentKind>>({});
  const [connections, setConnections] = useState<Record<string, ConnectionChoice>>({});
  const [added, setAdded] = useState<Record<string, boolean>>({});
  const names = useMemo(() => new Map(project.components.map((c) => [c.id as string, c])), [project]);
  const links = useMemo(() => new Map(project.connections.map((c) => [c.id as string, c])), [project]);

  const control = (note: ImportNote) => {
    if (note.componentId) {
      const component = names.get(note.componentId);
      if (!component || component.kind === 'client') return null;
      return (
        <NativeSelect
          size="xs"
          w={170}
          style={{ flex: '0 0 auto' }}
          aria-label={`Kind of ${component.name}`}
          data={kindOptions}
          value={kinds[component.id] ?? component.kind}
          onChange={(e) => setKinds((k) => ({ ...k, [component.id]: e.currentTarget.value as ComponentKind }))}
        />
      );
    }
    if (note.connectionId) {
      const connection = links.get(note.connectionId);
      if (!connection) return null;
      const label = `Connection ${names.get(connection.from)?.name ?? ''} → ${names.get(connection.to)?.name ?? ''}`;
      return (
        <NativeSelect
          size="xs"
          w={190}
          style={{ flex: '0 0 auto' }}
          aria-label={label}
          data={choiceOptions}
          value={connections[connection.id] ?? 'keep'}
          onChange={(e) => setConnections((c) => ({ ...c, [connection.id]: e.currentTarget.value as ConnectionChoice }))}
        />
      );
    }
    return null;
  };

  const create = (open: boolean) =>
    onCreate({ name, kinds, connections, added: report.suggested.filter((s) => added[s.connection.id]).map((s) => s.connection) }, open);

  return (
    <Modal opened onClose={onCancel} title="Review the import" size="xl" data-testid="import-review">
      <Stack gap="sm">
        <TextInput label="Project name" value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={200} />
        <Text size="sm">
          {project.components.length} components and {project.connections.length} connections were found. Nothing is added to the library until you create the
          project: check the guesses below and fix those that are wrong.
        </Text>
        {report.sources.length > 0 && (
          <List size="xs" c="dimmed" spacing={0} data-testid="import-sources">
            {report.sources.map((source) => (
              <List.Item key={source}>{source}</List.Item>
            ))}
          </List>
        )}
        <NoteList title="Please confirm" notes={report.confirm} testId="import-confirm" control={control} />
        {report.suggested.length > 0 && (
          <section data-testid="import-suggested">
            <Title order={5} mb={4}>
              Suggested connections ({report.suggested.length})
            </Title>
            <Stack gap={4}>
              {report.suggested.slice(0, SHOWN).map((s) => (
                <Checkbox
                  key={s.connection.id}
                  size="xs"
                  label={s.text}
                  checked={added[s.connection.id] ?? false}
                  onChange={(e) => setAdded((a) => ({ ...a, [s.connection.id]: e.currentTarget.checked }))}
                />
              ))}
            </Stack>
          </section>
        )}
        <NoteList title="Guessed" notes={report.guessed} testId="import-guessed" control={control} />
        <Accordion variant="contained" multiple>
          <Accordion.Item value="evidence">
            <Accordion.Control>Read from evidence ({report.evidence.length})</Accordion.Control>
            <Accordion.Panel>
              <NoteList notes={report.evidence} testId="import-evidence" />
            </Accordion.Panel>
          </Accordion.Item>
          {report.ignored.length > 0 && (
            <Accordion.Item value="ignored">
              <Accordion.Control>Ignored ({report.ignored.length})</Accordion.Control>
              <Accordion.Panel>
                <NoteList notes={report.ignored.map((text) => ({ text }))} testId="import-ignored" />
              </Accordion.Panel>
            </Accordion.Item>
          )}
        </Accordion>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button variant="default" onClick={() => create(false)} disabled={name.trim() === ''}>
            Create project
          </Button>
          <Button onClick={() => create(true)} disabled={name.trim() === ''}>
            Create and open
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function NoteList({
  title,
  notes,
  testId,
  control,
}: {
  title?: string;
  notes: readonly ImportNote[];
  testId: string;
  control?: (note: ImportNote) => React.ReactNode;
}) {
  if (notes.length === 0) return null;
  return (
    <section data-testid={testId}>
      {title && (
        <Title order={5} mb={4}>
          {title} ({notes.length})
        </Title>
      )}
      <Stack gap={6}>
        {notes.slice(0, SHOWN).map((note, index) => (
          <Group key={index} justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
            <div>
              <Text size="sm">{note.text}</Text>
              {note.where && (
                <Text size="xs" c="dimmed">
                  {note.where.join(' · ')}
                </Text>
              )}
            </div>
            {control?.(note)}
          </Group>
        ))}
        {notes.length > SHOWN && (
          <Text size="xs" c="dimmed">
            and {notes.length - SHOWN} more (the command line, “tenfold import”, prints them all)
          </Text>
        )}
      </Stack>
    </section>
  );
}
