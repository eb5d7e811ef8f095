import type { Project } from '../../shared/model/project';
import type { ExportFormat } from '../../shared/ipc/desktop';
import { serializeProject } from '../../shared/model/projectFile';
import { runCheck } from '../engine/check';
import { exportMermaid } from '../exporters/mermaid';
import { exportRunbook, runbookFileName } from '../exporters/runbook';
import { exportReport, reportFileName } from '../exporters/report';
import { fileSlug } from '../../shared/model/fileSlug';

/** A project rendered as the text of an export format (everything but PDF); no Electron needed. */
export async function renderExportText(project: Project, format: Exclude<ExportFormat, 'pdf'>, today: string): Promise<{ fileName: string; content: string }> {
  const slug = fileSlug(project.name);
  switch (format) {
    case 'project':
      return { fileName: `${slug}.tenfold.json`, content: serializeProject(project) };
    case 'mermaid':
      return { fileName: `${slug}.mmd`, content: exportMermaid(project, runCheck(project, { today }), { highlightFindings: true }) };
    case 'markdown':
      return { fileName: `${slug}.md`, content: exportMermaid(project, runCheck(project, { today }), { markdown: true, highlightFindings: true }) };
    case 'runbook':
      return { fileName: runbookFileName(project), content: exportRunbook(project, runCheck(project, { today })) };
    case 'report':
      return { fileName: reportFileName(project), content: await exportReport(project, runCheck(project, { today }), { date: today }) };
  }
}
