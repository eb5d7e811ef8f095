import { BrowserWindow } from 'electron';
import type { Library } from '../store/library';
import type { ExportFormat } from '../../shared/ipc/desktop';
import { renderExportText } from './exportText';

/**
 * What File ▸ Export writes: the saved project in the chosen format. PDF is the review report
 * printed by Chromium in a hidden, sandboxed window with JavaScript off (the report is static HTML).
 */
export async function renderExport(library: Library, projectId: string, format: ExportFormat): Promise<{ fileName: string; content: string | Uint8Array }> {
  const { project } = library.current(projectId);
  const today = new Date().toISOString().slice(0, 10);
  if (format !== 'pdf') return renderExportText(project, format, today);
  const report = await renderExportText(project, 'report', today);
  return { fileName: report.fileName.replace(/\.html$/, '.pdf'), content: await printToPdf(report.content) };
}

async function printToPdf(html: string): Promise<Uint8Array> {
  const window = new BrowserWindow({
    show: false,
    webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, javascript: false, webSecurity: true, disableBlinkFeatures: 'Auxclick' },
  });
  try {
    await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
    return await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4', margins: { top: 0.4, bottom: 0.4, left: 0.4, right: 0.4 } });
  } finally {
    window.destroy();
  }
}
