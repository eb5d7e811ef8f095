import { checklists, type Finding } from '../../../shared/model/finding';
import type { Project } from '../../../shared/model/project';
import type { CheckResult } from '../../../shared/ipc/contract';
import { isOpenFinding } from '../../../shared/model/openFindings';
import { AGENDA_SIZE } from '../agenda/priority';
import { countsBySeverity, growthSummary } from './summary';
import { itemAt } from '../../../shared/base/itemAt';

const MAX_NAMES = 3;

export interface TableOptions {
  /** Show only the first N findings by priority (all counts still cover every finding). */
  readonly top?: number;
}

/**
 * The readable report of `tenfold check`: the agenda (the first open findings by priority, each
 * with its priority and impact), then the rest grouped by checklist (catalog order, priority order
 * within), then stale review entries and the growth summary line.
 */
export function formatTable(project: Project, result: CheckResult, fileName: string, options: TableOptions = {}): string {
  const names = new Map(project.components.map((c) => [c.id as string, c.name]));
  const total = result.findings.length;
  const shown = options.top === undefined ? result.findings : result.findings.slice(0, options.top);
  const showing = shown.length < total ? `; showing the first ${shown.length} by priority` : '';
  const lines = [
    `${fileName}: ${project.name}: ${total} finding${total === 1 ? '' : 's'} (open: ${countsBySeverity(result.findings)}), ${result.ruleCount} rules${showing}`,
  ];
  // The agenda is what the meeting still has to discuss: open findings (as the app counts them),
  // each numbered by its priority in the whole check.
  const agenda: number[] = [];
  for (let i = 0; i < shown.length && agenda.length < AGENDA_SIZE; i++) if (isOpenFinding(itemAt(shown, i))) agenda.push(i);
  if (shown.length > 0) {
    const open = shown.filter(isOpenFinding).length;
    lines.push(
      '',
      agenda.length === 0
        ? 'agenda: no open findings'
        : `agenda: ${agenda.length < open || shown.length < total ? `the first ${agenda.length}` : open === 1 ? 'the only' : `all ${open}`} open finding${agenda.length === 1 ? '' : 's'} by priority`,
    );
    for (const i of agenda) {
      const finding = itemAt(shown, i);
      lines.push(`${String(i + 1).padStart(4)}  ${row(finding, names)}`);
      lines.push(`${' '.repeat(6)}${finding.impact.risk}: ${finding.impact.summary}`);
    }
  }
  const listed = new Set(agenda);
  const rest = shown.filter((_, i) => !listed.has(i));
  if (rest.length > 0) lines.push('', `the other ${rest.length}, by checklist`);
  for (const checklist of checklists) {
    const findings = rest.filter((f) => f.checklist === checklist);
    if (findings.length === 0) continue;
    lines.push('', checklist);
    for (const finding of findings) lines.push(`  ${row(finding, names)}`);
  }
  if (total === 0) lines.push('', 'No findings.');
  if (result.staleWaivers.length > 0) {
    lines.push('', `stale review entries (their finding no longer occurs; remove them or record why): ${result.staleWaivers.length}`);
    for (const waiver of result.staleWaivers) lines.push(`  ${waiver.status.padEnd(13)}  ${waiver.key}`);
  }
  lines.push('', growthSummary(project, result.analyses.growth));
  return lines.join('\n');
}

/** "warning  web, api: <message>  [planned]" */
function row(finding: Finding, names: ReadonlyMap<string, string>): string {
  const targets = finding.targets.components.map((id) => names.get(id) ?? id);
  const shown = targets.length > MAX_NAMES ? `${targets.slice(0, MAX_NAMES).join(', ')} +${targets.length - MAX_NAMES}` : targets.join(', ');
  const status = finding.status === 'open' ? '' : `  [${finding.status}]`;
  return `${finding.severity.padEnd(7)}  ${shown === '' ? '(project)' : shown}: ${finding.message}${status}`;
}
