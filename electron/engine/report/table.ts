import { checklists } from '../../../shared/model/finding';
import type { Project } from '../../../shared/model/project';
import type { CheckResult } from '../../../shared/ipc/contract';
import { countsBySeverity, growthSummary } from './summary';

const MAX_NAMES = 3;

/**
 * The readable report of `tenfold check`: findings grouped by checklist (catalog order), each with
 * severity, the components it concerns and its message; then the growth summary line.
 */
export function formatTable(project: Project, result: CheckResult, fileName: string): string {
  const names = new Map(project.components.map((c) => [c.id as string, c.name]));
  const lines = [`${fileName}: ${project.name}: ${result.findings.length} finding${result.findings.length === 1 ? '' : 's'} (open: ${countsBySeverity(result.findings)}), ${result.ruleCount} rules`];
  for (const checklist of checklists) {
    const findings = result.findings.filter((f) => f.checklist === checklist);
    if (findings.length === 0) continue;
    lines.push('', checklist);
    for (const finding of findings) {
      const targets = finding.targets.components.map((id) => names.get(id) ?? id);
      const shown = targets.length > MAX_NAMES ? `${targets.slice(0, MAX_NAMES).join(', ')} +${targets.length - MAX_NAMES}` : targets.join(', ');
      const status = finding.status === 'open' ? '' : `  [${finding.status}]`;
      lines.push(`  ${finding.severity.padEnd(7)}  ${shown === '' ? '(project)' : shown}: ${finding.message}${status}`);
    }
  }
  if (result.findings.length === 0) lines.push('', 'No findings.');
  if (result.staleWaivers.length > 0) {
    lines.push('', `stale review entries (their finding no longer occurs; remove them or record why): ${result.staleWaivers.length}`);
    for (const waiver of result.staleWaivers) lines.push(`  ${waiver.status.padEnd(13)}  ${waiver.key}`);
  }
  lines.push('', growthSummary(project, result.analyses.growth));
  return lines.join('\n');
}
