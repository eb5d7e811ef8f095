import type { Handlers } from './dispatch';
import type { Library } from '../store/library';
import { runCheck } from '../engine/check';
import { exportMermaid } from '../exporters/mermaid';
import { exportRunbook, runbookFileName } from '../exporters/runbook';
import { exportReport, reportFileName } from '../exporters/report';
import { importFiles } from '../importers/importFiles';

type ExportChannels = 'export:mermaid' | 'export:runbook' | 'export:report' | 'import:preview' | 'import:create';

export interface ExportHandlerServices {
  readonly library: Library;
  /** The clock for report dates and review expiry; tests pass a fixed one. */
  readonly now?: () => Date;
}

/**
 * The exporters' and importers' part of the handler table (issue 5). createHandlers spreads it in.
 * Exports run the check themselves so the texts always match the project as sent.
 */
export function createExportHandlers({ library, now = () => new Date() }: ExportHandlerServices): Pick<Handlers, ExportChannels> {
  const today = () => now().toISOString().slice(0, 10);
  return {
    'export:mermaid': ({ project, markdown, highlightFindings }) => {
      const check = highlightFindings ? runCheck(project, { today: today() }) : null;
      return { text: exportMermaid(project, check, { markdown: markdown ?? false, highlightFindings: highlightFindings ?? false }) };
    },
    'export:runbook': ({ project }) => ({ fileName: runbookFileName(project), content: exportRunbook(project, runCheck(project, { today: today() })) }),
    'export:report': async ({ project, date }) => {
      const day = date ?? today();
      return { fileName: reportFileName(project), content: await exportReport(project, runCheck(project, { today: day }), { date: day }) };
    },
    // The app sends every file it may need: nothing beyond them is read from disk.
    'import:preview': ({ files, folderName }) => importFiles(files, folderName ? { folderName } : {}),
    'import:create': ({ project, source }) => {
      library.create(project, `Imported from ${source}`);
      return library.find(project.id)!;
    },
  };
}
