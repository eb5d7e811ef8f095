import { z } from 'zod';
import { ProjectId } from '../model/ids';
import { ImportResult } from './contract';
import type { Result } from './result';

/**
 * Channels only the desktop app has: they open native dialogs in the main process, so the
 * renderer never names a file path. The web host does not serve them; the browser downloads
 * and uploads files instead. The renderer finds them on `window.tenfoldDesktop`.
 */
export const ExportFormat = z.enum(['project', 'mermaid', 'markdown', 'runbook', 'report', 'pdf']);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const desktopContract = {
  /**
   * Shows an open dialog and imports the chosen project file. On a conflict, call again with the
   * returned fileToken and mode 'replace' or 'copy' (the path stays in main).
   */
  'desktop:openProjectFile': {
    input: z.strictObject({ mode: z.enum(['new', 'replace', 'copy']).default('new'), fileToken: z.string().max(100).optional() }),
    output: z.strictObject({ fileToken: z.string(), fileName: z.string(), result: ImportResult }),
  },
  /** Shows a save dialog and writes the saved project in the chosen format, atomically. */
  'desktop:exportFile': {
    input: z.strictObject({ projectId: ProjectId, format: ExportFormat }),
    output: z.strictObject({ path: z.string() }),
  },
} as const;

export type DesktopContract = typeof desktopContract;
export type DesktopChannel = keyof DesktopContract;
export const desktopChannels = Object.keys(desktopContract) as DesktopChannel[];

/** Events main sends to a window. */
export const desktopEvents = {
  /** A native menu item: run the renderer command with this id. */
  'desktop:menuCommand': z.strictObject({ commandId: z.string().max(200) }),
  /** Open this library project (from "Open with", a recent item or a second instance). */
  'desktop:openProject': z.strictObject({ projectId: ProjectId }),
} as const;
export type DesktopEvent = keyof typeof desktopEvents;

export type DesktopApi = {
  [C in DesktopChannel]: (input: z.input<DesktopContract[C]['input']>) => Promise<Result<z.output<DesktopContract[C]['output']>>>;
} & {
  /** Subscribes to native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (commandId: string) => void): () => void;
  /** Subscribes to requests to open a library project; returns the unsubscribe function. */
  onOpenProject(listener: (projectId: string) => void): () => void;
};
