import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { OpenedProject, TemplateSummary } from '../../../shared/ipc/contract';
import { call, CallFailed } from '../api/client';

const BLANK = 'blank';

interface Props {
  readonly opened: boolean;
  readonly onClose: () => void;
  readonly onCreated: (project: OpenedProject) => void;
}

/** Name and template for a new project; creates it and hands the opened project back. */
export function NewProjectDialog({ opened, onClose, onCreated }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title="New project">
      {/* Mounted per opening (the Modal unmounts it once closed): a blank name, the blank template and the templates as they are now. */}
      <NewProjectForm onClose={onClose} onCreated={onCreated} />
    </Modal>
  );
}

function NewProjectForm({ onClose, onCreated }: Omit<Props, 'opened'>) {
  const [name, setName] = useState('');
  const [templateId, setTemplateId] = useState<string>(BLANK);
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    call('templates:list', {})
      .then((listed) => live && setTemplates(listed))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  const chosen = templates.find((t) => t.id === templateId);
  const submit = async () => {
    if (!name.trim()) return;
    setBusy(true);
    try {
      onCreated(await call('projects:create', { name: name.trim(), ...(templateId !== BLANK ? { templateId } : {}) }));
    } catch (error) {
      if (!(error instanceof CallFailed)) throw error;
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        <TextInput
          label="Name"
          placeholder="e.g. Checkout platform"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
          data-autofocus
          maxLength={200}
        />
        <Select
          label="Template"
          data-testid="template-select"
          value={templateId}
          onChange={(value) => {
            const next = value ?? BLANK;
            setTemplateId(next);
            // A name the user has not typed follows the template: a project from "Three-tier web" is called that.
            const before = templates.find((t) => t.id === templateId)?.name ?? '';
            if (name.trim() === '' || name === before) setName(templates.find((t) => t.id === next)?.name ?? '');
          }}
          allowDeselect={false}
          data={[{ value: BLANK, label: 'Blank project' }, ...templates.map((t) => ({ value: t.id, label: `${t.name} (${t.componentCount} components)` }))]}
        />
        <Text size="xs" c="dimmed" mih={36}>
          {chosen ? chosen.description : 'Start from an empty canvas and draw your own components.'}
        </Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={busy} disabled={!name.trim()}>
            Create
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
