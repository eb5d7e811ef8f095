import type { Project } from '../../../shared/model/project';
import type { DesktopApi, ExportFormat } from '../../../shared/ipc/desktop';
import { call, CallFailed } from '../api/client';
import { downloadText } from '../api/download';
import { fileSlug } from '../../../shared/model/fileSlug';

/** The desktop-only API (native save dialogs), present in Electron and absent in the browser. */
export function desktopApi(): DesktopApi | undefined {
  return (window as unknown as { tenfoldDesktop?: DesktopApi }).tenfoldDesktop;
}

export type SaveOutcome = { saved: true; where: string } | { saved: false };

/**
 * Saves an export. In Electron, main shows a save dialog and writes the file atomically (the
 * renderer never names a path); it exports the saved project, so unsaved edits wait for autosave.
 * In the browser, the text is rendered from the project as shown and downloaded.
 */
export async function saveExport(project: Project, format: ExportFormat): Promise<SaveOutcome> {
  const desktop = desktopApi();
  if (desktop) {
    const result = await desktop['desktop:exportFile']({ projectId: project.id, format });
    if (result.ok) return { saved: true, where: result.value.path };
    if (result.error.code === 'CANCELLED') return { saved: false };
    throw new CallFailed(result.error);
  }
  // Browsers print the HTML report to PDF themselves; only the desktop app renders PDF files.
  const file = await renderForDownload(project, format === 'pdf' ? 'report' : format);
  downloadText(file.fileName, file.content, file.type);
  return { saved: true, where: file.fileName };
}

async function renderForDownload(project: Project, format: Exclude<ExportFormat, 'pdf'>): Promise<{ fileName: string; content: string; type: string }> {
  const slug = fileSlug(project.name);
  switch (format) {
    case 'project': {
      const file = await call('projects:export', { id: project.id });
      return { ...file, type: 'application/json' };
    }
    case 'mermaid':
    case 'markdown': {
      const { text } = await call('export:mermaid', { project, markdown: format === 'markdown', highlightFindings: true });
      return { fileName: `${slug}.${format === 'markdown' ? 'md' : 'mmd'}`, content: text, type: 'text/plain' };
    }
    case 'runbook':
      return { ...(await call('export:runbook', { project })), type: 'text/markdown' };
    case 'report':
      return { ...(await call('export:report', { project })), type: 'text/html' };
  }
}
