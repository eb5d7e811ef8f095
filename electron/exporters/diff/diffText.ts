import { isArchitectureUnchanged, type ArchitectureDiff } from '../../../shared/changes/projectDiff';
import type { AnalysisDiff, FindingRef } from '../../../shared/changes/comparison';
import { formatPercent, formatShortList } from '../../engine/format';
import { availabilityText, breaksFirstLine, capped, countsText, growthCountsLine, targetVerdict, changedFindingText, type DiffReport } from './changeWords';
import { changeText, keyText, namesOf, type Names } from '../../../shared/changes/changeText';

const INDENT = '    ';

function counted(added: number, removed: number, changed: number, renamed = 0): string {
  const parts = [`${added} added`, `${removed} removed`, `${changed} changed`];
  if (renamed > 0) parts[2] += ` (${renamed} renamed)`;
  return parts.join(', ');
}

/** Lines of a list, capped, with "and N more" at the end. */
function listLines<T>(items: readonly T[], line: (item: T) => string): string[] {
  const { shown, more } = capped(items);
  const lines = shown.map((item) => `${INDENT}${line(item)}`);
  if (more > 0) lines.push(`${INDENT}… and ${more} more (--format json lists every one)`);
  return lines;
}

function componentLines(diff: ArchitectureDiff, names: Names): string[] {
  const { added, removed, changed } = diff.components;
  if (added.length + removed.length + changed.length === 0) return [];
  const renamed = changed.filter((c) => c.renamedFrom !== undefined).length;
  return [
    `  components: ${counted(added.length, removed.length, changed.length, renamed)}`,
    ...listLines(added, (c) => `+ ${c.name} (${c.kind})`),
    ...listLines(
      removed,
      (c) =>
        `- ${c.name} (${c.kind})${c.connectionIds.length === 0 ? '' : `, with its ${c.connectionIds.length === 1 ? 'connection' : `${c.connectionIds.length} connections`}`}`,
    ),
    ...listLines(changed, (c) => {
      const renamedText = c.renamedFrom === undefined ? '' : ` (renamed from ${c.renamedFrom})`;
      return `~ ${c.name}${renamedText}${c.changes.length === 0 ? '' : `: ${c.changes.map((change) => changeText(change, names)).join('; ')}`}`;
    }),
  ];
}

function connectionLines(diff: ArchitectureDiff, names: Names): string[] {
  const { added, changed } = diff.connections;
  // Connections that went with a removed component are told there, not again here.
  const withComponent = new Set(diff.components.removed.flatMap((c) => c.connectionIds));
  const removed = diff.connections.removed.filter((c) => !withComponent.has(c.id));
  if (added.length + removed.length + changed.length === 0) return [];
  const alsoRemoved = withComponent.size > 0 ? ` (and ${withComponent.size} with removed components)` : '';
  return [
    `  connections: ${counted(added.length, removed.length, changed.length)}${alsoRemoved}`,
    ...listLines(added, (c) => `+ ${c.label} (${c.kind})`),
    ...listLines(removed, (c) => `- ${c.label} (${c.kind})`),
    ...listLines(changed, (c) => `~ ${c.label}: ${c.changes.map((change) => changeText(change, names)).join('; ')}`),
  ];
}

function zoneLines(diff: ArchitectureDiff, names: Names): string[] {
  const { added, removed, changed } = diff.zones;
  if (added.length + removed.length + changed.length === 0) return [];
  return [
    `  zones: ${counted(added.length, removed.length, changed.length)}`,
    ...listLines(added, (z) => `+ ${z.name}`),
    ...listLines(removed, (z) => `- ${z.name}`),
    ...listLines(
      changed,
      (z) =>
        `~ ${z.name}${z.renamedFrom === undefined ? '' : ` (renamed from ${z.renamedFrom})`}${z.changes.length === 0 ? '' : `: ${z.changes.map((c) => changeText(c, names)).join('; ')}`}`,
    ),
  ];
}

function settingLines(diff: ArchitectureDiff, names: Names): string[] {
  const lines: string[] = [];
  if (diff.project.length > 0) lines.push(`  project: ${diff.project.map((c) => changeText(c, names)).join('; ')}`);
  const rates = (n: number | undefined) => (n === undefined ? '(not an entry point)' : `${n}/s`);
  const workload = [
    ...diff.workload.changes.map((c) => changeText(c, names)),
    ...diff.workload.entryPoints.map((e) => `entry point ${e.name} ${rates(e.before)} → ${rates(e.after)}`),
  ];
  if (workload.length > 0) lines.push(`  workload: ${workload.join('; ')}`);
  if (diff.ruleOverrides.length > 0) lines.push(`  rule overrides: ${diff.ruleOverrides.map((c) => changeText(c, names)).join('; ')}`);
  const { statuses, decisions } = diff.review;
  if (statuses.length > 0) {
    lines.push(`  review: ${statuses.length} finding${statuses.length === 1 ? '' : 's'}`);
    lines.push(
      ...listLines(
        statuses,
        (s) => `${keyText(s.key, names)}: ${s.before ?? '(not reviewed)'} → ${s.after ?? '(not reviewed)'}${s.rationale ? ` (${s.rationale})` : ''}`,
      ),
    );
  }
  const decided = [
    ...decisions.added.map((d) => `+ ${d.title}`),
    ...decisions.removed.map((d) => `- ${d.title}`),
    ...decisions.changed.map((d) => `~ ${d.title}`),
  ];
  if (decided.length > 0)
    lines.push(`  decisions: ${counted(decisions.added.length, decisions.removed.length, decisions.changed.length)}`, ...listLines(decided, (d) => d));
  return lines;
}

function findingLine(finding: FindingRef): string {
  const targets = finding.components.length === 0 ? '(project)' : formatShortList(finding.components, 3);
  return `${finding.severity.padEnd(7)}  ${targets}: ${finding.message}${finding.status === 'open' ? '' : `  [${finding.status}]`}`;
}

function analysisLines(analysis: AnalysisDiff): string[] {
  const { introduced, resolved, changed, openBefore, openAfter } = analysis.findings;
  const lines = [
    `  findings: ${introduced.length} introduced, ${resolved.length} resolved, ${changed.length} changed; open: ${countsText(openBefore)} → ${countsText(openAfter)}`,
  ];
  lines.push(...listLines(introduced, (f) => `+ ${findingLine(f)}`));
  lines.push(...listLines(resolved, (f) => `- ${findingLine(f)}`));
  lines.push(...listLines(changed, (c) => `~ ${changedFindingText(c)}`));
  lines.push(`  growth: ${breaksFirstLine(analysis.growth.before, analysis.growth.after)}; ${growthCountsLine(analysis.growth.before, analysis.growth.after)}`);
  const moved = analysis.availability.filter((a) => a.before !== a.after || a.targetBefore !== a.targetAfter);
  if (analysis.availability.length > 0) {
    const unchanged = analysis.availability.length - moved.length;
    lines.push(`  availability: ${moved.length} entry point${moved.length === 1 ? '' : 's'} changed${unchanged > 0 ? `, ${unchanged} unchanged` : ''}`);
    lines.push(
      ...listLines(moved, (a) => {
        const verdict = targetVerdict(a.before, a.after, a.targetBefore, a.targetAfter);
        return `${a.name}: ${availabilityText(a.before, a.after)}${verdict === '' ? '' : ` (${verdict} of ${formatPercent(a.targetAfter)})`}`;
      }),
    );
  }
  const { added, removed } = analysis.spofs;
  lines.push(`  single points of failure: ${added.length} added, ${removed.length} removed`);
  lines.push(...listLines(added, (s) => `+ ${s.name}: takes down ${formatPercent(s.blastRadius)} of traffic`));
  lines.push(...listLines(removed, (s) => `- ${s.name}: took down ${formatPercent(s.blastRadius)} of traffic`));
  return lines;
}

/** `tenfold diff` as text for a terminal: what changed by id, then what it does to the analysis. */
export function formatDiffText(report: DiffReport): string {
  const { architecture, analysis } = report.comparison;
  const names = namesOf(report);
  const title = report.before.name === report.after.name ? report.after.name : `${report.before.name} → ${report.after.name}`;
  const lines = [`${report.beforeName} → ${report.afterName}: ${title}`, '', 'architecture'];
  if (isArchitectureUnchanged(architecture)) lines.push('  no changes');
  lines.push(
    ...componentLines(architecture, names),
    ...connectionLines(architecture, names),
    ...zoneLines(architecture, names),
    ...settingLines(architecture, names),
  );
  if (architecture.layoutChanged) lines.push('  (positions on the canvas moved too)');
  lines.push('', 'analysis', ...analysisLines(analysis));
  return lines.join('\n');
}
