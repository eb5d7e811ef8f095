import { useCallback } from 'react';
import { useLatest } from '../react/useLatest';
import type { ProjectSummary } from '../../../shared/ipc/contract';
import { useEditor } from '../project/EditorContext';
import { DropOverlay } from './DropOverlay';
import { useFileDrop } from './useFileDrop';
import { useProjectImport } from './useProjectImport';

/**
 * A project file dropped on the editor's window is imported, as on the library, and then opened:
 * dropping a file on an app's window opens it. Inside the editor: its unsaved edits are saved
 * before the import, so a file that replaces this very project lands after them, not under them.
 */
export function EditorFileDrop({ onOpen }: { readonly onOpen: (id: string) => void }) {
  const { flush } = useEditor();
  // Read at drop time: the handler stays the same across edits, and so do the window listeners.
  const latestFlush = useLatest(flush);
  const { importFiles, dialog } = useProjectImport(useCallback((project: ProjectSummary) => onOpen(project.id), [onOpen]));
  const dragging = useFileDrop(
    useCallback(
      (files: File[]) => {
        void latestFlush()().then(() => importFiles(files));
      },
      [importFiles, latestFlush],
    ),
  );
  return (
    <>
      {dialog}
      {dragging && <DropOverlay label="Drop a .tenfold.json file to import and open it" />}
    </>
  );
}
