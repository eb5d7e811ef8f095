import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { AppError } from '../../shared/ipc/errors';
import type { ExportFormat } from '../../shared/ipc/desktop';
import type { Handlers } from '../handlers/dispatch';

/** What the desktop channels need from Electron and the file system, injected for tests. */
export interface DesktopDeps {
  readonly handlers: Handlers;
  /** Native open dialog for project files; null when cancelled. */
  chooseProjectFile(): Promise<string | null>;
  /** Native save dialog; null when cancelled. */
  chooseSavePath(suggestedName: string, format: ExportFormat): Promise<string | null>;
  readText(path: string): Promise<string>;
  writeAtomic(path: string, content: string | Uint8Array): Promise<void>;
  /** The chosen project rendered in a format (text, or PDF bytes). */
  renderExport(projectId: string, format: ExportFormat): Promise<{ fileName: string; content: string | Uint8Array }>;
}

/**
 * The desktop-only channels: file dialogs live in main, so the renderer never names a path.
 * A chosen file is remembered under a random token, so a conflict ("replace or copy?") can be
 * answered without the renderer ever seeing or sending the path.
 */
export function createDesktopHandlers(deps: DesktopDeps) {
  const chosenFiles = new Map<string, string>();

  async function pickFile(fileToken: string | undefined): Promise<{ token: string; path: string }> {
    if (fileToken !== undefined) {
      const path = chosenFiles.get(fileToken);
      if (path === undefined) throw new AppError('NOT_FOUND', 'That file choice has expired. Open the file again.');
      return { token: fileToken, path };
    }
    const path = await deps.chooseProjectFile();
    if (path === null) throw new AppError('CANCELLED', 'No file was chosen.');
    const token = randomUUID();
    chosenFiles.set(token, path);
    return { token, path };
  }

  return {
    'desktop:openProjectFile': async (input: { mode: 'new' | 'replace' | 'copy'; fileToken?: string }) => {
      const { token, path } = await pickFile(input.fileToken);
      const fileName = basename(path);
      const content = await deps.readText(path);
      const result = await deps.handlers['projects:import']({ fileName, content, mode: input.mode });
      if (result.status === 'imported') chosenFiles.delete(token);
      return { fileToken: token, fileName, result };
    },
    'desktop:exportFile': async (input: { projectId: string; format: ExportFormat }) => {
      const rendered = await deps.renderExport(input.projectId, input.format);
      const path = await deps.chooseSavePath(rendered.fileName, input.format);
      if (path === null) throw new AppError('CANCELLED', 'The export was cancelled.');
      await deps.writeAtomic(path, rendered.content);
      return { path };
    },
  };
}
