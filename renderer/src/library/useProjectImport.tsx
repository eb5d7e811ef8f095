import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useState, type ReactNode } from 'react';
import type { ProjectSummary } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/errors';
import { projectFileText } from '../../../shared/model/fileText';
import { call, CallFailed } from '../api/client';

/** The largest project file the renderer reads; the host enforces its own limit too. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

interface Pending {
  readonly fileName: string;
  readonly content: string;
  readonly existing: ProjectSummary;
}

/**
 * Imports project files: refused files show every problem (the call's notification); a file
 * whose project already exists asks whether to replace it (the old state stays a revision) or
 * import a copy with a new id.
 */
export function useProjectImport(onImported: (project: ProjectSummary) => void): { importFiles: (files: readonly File[]) => Promise<void>; dialog: ReactNode } {
  const [pending, setPending] = useState<Pending | null>(null);

  const finish = useCallback(
    (project: ProjectSummary, how: string) => {
      notifications.show({ color: 'teal', title: 'Project imported', message: `${project.name} ${how}.` });
      onImported(project);
    },
    [onImported],
  );

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      for (const file of files) {
        if (file.size > MAX_FILE_BYTES) {
          notifications.show({
            color: 'red',
            title: 'Could not import the file',
            message: `${file.name} is ${(file.size / 1e6).toFixed(0)} MB; project files up to 50 MB can be imported.`,
          });
          continue;
        }
        let content: string;
        try {
          content = projectFileText(new Uint8Array(await file.arrayBuffer()), file.name);
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          notifications.show({ color: 'red', title: 'Could not import the file', message: error.message });
          continue;
        }
        try {
          const result = await call('projects:import', { fileName: file.name, content, mode: 'new' });
          if (result.status === 'imported') finish(result.project, 'was added to the library');
          else setPending({ fileName: file.name, content, existing: result.existing });
        } catch (error) {
          if (!(error instanceof CallFailed)) throw error;
        }
      }
    },
    [finish],
  );

  const resolve = useCallback(
    async (mode: 'replace' | 'copy') => {
      if (!pending) return;
      setPending(null);
      try {
        const result = await call('projects:import', { fileName: pending.fileName, content: pending.content, mode });
        if (result.status === 'imported')
          finish(result.project, mode === 'replace' ? 'was replaced; its previous state is kept in the revision history' : 'was imported as a copy');
      } catch (error) {
        if (!(error instanceof CallFailed)) throw error;
      }
    },
    [finish, pending],
  );

  const dialog = (
    <Modal opened={pending !== null} onClose={() => setPending(null)} title="This project is already in the library">
      <Stack gap="md">
        <Text size="sm">
          {pending?.fileName} holds the project “{pending?.existing.name}”, which your library already has. Replace it with the file (the current state stays in
          its revision history), or import the file as a separate copy?
        </Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={() => setPending(null)}>
            Cancel
          </Button>
          <Button variant="default" onClick={() => void resolve('copy')}>
            Import a copy
          </Button>
          <Button onClick={() => void resolve('replace')}>Replace</Button>
        </Group>
      </Stack>
    </Modal>
  );
  return { importFiles, dialog };
}
