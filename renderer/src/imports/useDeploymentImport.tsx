import { notifications } from '@mantine/notifications';
import { useCallback, useState, type ReactNode } from 'react';
import type { ImportPreview, ProjectSummary } from '../../../shared/ipc/contract';
import { applyImportChoices, type ImportChoices } from '../../../shared/model/importChoices';
import { call, CallFailed } from '../api/client';
import { ImportReview } from './ImportReview';
import { readImportFiles, TooManyFiles, type PickedFile } from './readImportFiles';

interface Pending {
  readonly preview: ImportPreview;
  readonly source: string;
}

/**
 * Imports deployment files: reads them, asks the host for a preview (nothing is written), shows
 * the review, and creates the project only once the user has confirmed or fixed the guesses.
 */
export function useDeploymentImport(onCreated: (project: ProjectSummary, open: boolean) => void): {
  start: (picked: readonly PickedFile[]) => Promise<void>;
  busy: boolean;
  dialog: ReactNode;
} {
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);

  const start = useCallback(async (picked: readonly PickedFile[]) => {
    if (picked.length === 0) return;
    setBusy(true);
    try {
      const { files } = await readImportFiles(picked);
      if (files.length === 0) {
        notifications.show({ color: 'red', title: 'Nothing to import', message: 'No YAML, JSON or config files were among the files chosen.' });
        return;
      }
      const folder = picked[0]!.path.includes('/') ? picked[0]!.path.split('/')[0] : undefined;
      const preview = await call('import:preview', { files, ...(folder ? { folderName: folder } : {}) });
      setPending({
        preview,
        source:
          folder ??
          files
            .map((f) => f.path)
            .slice(0, 3)
            .join(', '),
      });
    } catch (error) {
      if (error instanceof TooManyFiles) notifications.show({ color: 'red', title: 'Too much to import', message: error.message });
      // A failed call has shown its notification, naming the file, line and column.
      else if (!(error instanceof CallFailed)) throw error;
    } finally {
      setBusy(false);
    }
  }, []);

  const create = useCallback(
    async (choices: ImportChoices, open: boolean) => {
      if (!pending) return;
      try {
        const project = applyImportChoices(pending.preview.project, choices);
        const summary = await call('import:create', { project, source: pending.source });
        setPending(null);
        notifications.show({
          color: 'teal',
          title: 'Project imported',
          message: `${summary.name}: ${summary.componentCount} components and ${summary.connectionCount} connections were added to the library.`,
        });
        onCreated(summary, open);
      } catch (error) {
        if (!(error instanceof CallFailed)) throw error;
      }
    },
    [onCreated, pending],
  );

  const dialog = pending ? (
    <ImportReview preview={pending.preview} onCancel={() => setPending(null)} onCreate={(choices, open) => void create(choices, open)} />
  ) : null;
  return { start, busy, dialog };
}
