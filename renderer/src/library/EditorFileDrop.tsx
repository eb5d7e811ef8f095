import { useCallback } from 'react';
import type { ProjectSummary } from '../../../shared/ipc/contract';
import { DropOverlay } from './DropOverlay';
import { useFileDrop } from './useFileDrop';
import { useProjectImport } from './useProjectImport';

/**
 * A project file dropped on the editor's window is imported, as on the library, and then opened:
 * dropping a file on an app's window opens it. The project being edited keeps its edits (the
 * editor saves what is unsaved as it closes).
 */
export function EditorFileDrop({ onOpen }: { readonly onOpen: (id: string) => void }) {
  const { importFiles, dialog } = useProjectImport(useCallback((project: ProjectSummary) => onOpen(project.id), [onOpen]));
  const dragging = useFileDrop(
    useCallback((files: File[]) => {
      void importFiles(files);
    }, [importFiles]),
  );
  return (
    <>
      {dialog}
      {dragging && <DropOverlay label="Drop a .tenfold.json file to import and open it" />}
    </>
  );
}
