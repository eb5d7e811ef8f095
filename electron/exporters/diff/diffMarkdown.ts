import { isArchitectureUnchanged, type ArchitectureDiff } from '../../../shared/changes/projectDiff';
import type { AnalysisDiff, ChangedFinding, FindingRef } from '../../../shared/changes/comparison';
import { formatPercent, formatShortList } from '../../engine/format';
import { markdownText, tableRow } from '../markdownText';
import { changeDiagram } from './changeDiagram';
import { availabilityText, breaksFirstLine, capped, countsText, growthCountsLine, targetVerdict, type DiffReport } from './changeWords';
import { changeText, keyText, namesOf, type Names } from '../../../shared/changes/changeText';

const md = markdownText;

function moreRow(more: number, columns: number): string[] {
  return more === 0 ? [] : [tableRow([`… and ${more} more (tenfold diff --format json lists every one)`, ...Array<string>(columns - 1).fill('')])];
}

function changesCell(changes: ArchitectureDiff['components']['changed'][number]['changes'], names: Names): string {
  return changes.map((c) => md(changeText(c, names))).join('<br>');
}

function componentTable(diff: ArchitectureDiff, names: Names): string[] {
  type Row = [string, string, string];
  const rows: Row[] = [
    ...diff.components.added.map((c): Row => ['added', `${md(c.name)} (${c.kind})`, '']),
    ...diff.components.removed.map((c): Row => [
      'removed',
      `${md(c.name)} (${c.kind})`,
      c.connectionIds.length === 0 ? '' : `with ${c.connectionIds.length === 1 ? 'its connection' : `its ${c.connectionIds.length} connections`}`,
    ]),
    ...diff.components.changed.map((c): Row => [
      c.renamedFrom === undefined ? 'changed' : 'renamed',
      `${md(c.name)}${c.renamedFrom === undefined ? '' : ` (was ${md(c.renamedFrom)})`}`,
      changesCell(c.changes, names),
    ]),
  ];
  if (rows.length === 0) return [];
  const { shown, more } = capped(rows);
  return ['', tableRow(['', 'component', 'what changed']), tableRow(['---', '---', '---']), ...shown.map((r) => tableRow(r)), ...moreRow(more, 3)];
}

function connectionTable(diff: ArchitectureDiff, names: Names): string[] {
  type Row = [string, string, string];
  const withComponent = new Set(diff.components.removed.flatMap((c) => c.connectionIds));
  const rows: Row[] = [
    ...diff.connections.added.map((c): Row => ['added', `${md(c.label)} (${c.kind})`, '']),
    ...diff.connections.removed.filter((c) => !withComponent.has(c.id)).map((c): Row => ['removed', `${md(c.label)} (${c.kind})`, '']),
    ...diff.connections.changed.map((c): Row => ['changed', `${md(c.label)} (${c.kind})`, changesCell(c.changes, names)]),
  ];
  if (rows.length === 0) return [];
  const { shown, more } = capped(rows);
  return ['', tableRow(['', 'connection', 'what changed']), tableRow(['---', '---', '---']), ...shown.map((r) => tableRow(r)), ...moreRow(more, 3)];
}

function settingLines(diff: ArchitectureDiff, names: Names): string[] {
  const lines: string[] = [];
  const bullet = (label: string, items: readonly string[]) => {
    if (items.length > 0) lines.push(`- **${label}:** ${items.join('; ')}`);
  };
  const zone = (z: { name: string; renamedFrom?: string; changes: ArchitectureDiff['zones']['changed'][number]['changes'] }) =>
    `${md(z.name)}${z.renamedFrom === undefined ? '' : ` (was ${md(z.renamedFrom)})`}${z.changes.length === 0 ? '' : `: ${z.changes.map((c) => md(changeText(c, names))).join(', ')}`}`;
  bullet('zones', [
    ...diff.zones.added.map((z) => `added ${md(z.name)}`),
    ...diff.zones.removed.map((z) => `removed ${md(z.name)}`),
    ...diff.zones.changed.map(zone),
  ]);
  bullet(
    'project',
    diff.project.map((c) => md(changeText(c, names))),
  );
  const rate = (n: number | undefined) => (n === undefined ? '(not an entry point)' : `${n}/s`);
  bullet('workload', [
    ...diff.workload.changes.map((c) => md(changeText(c, names))),
    ...diff.workload.entryPoints.map((e) => `entry point ${md(e.name)} ${rate(e.before)} → ${rate(e.after)}`),
  ]);
  bullet(
    'rule overrides',
    diff.ruleOverrides.map((c) => md(changeText(c, names))),
  );
  const statuses = capped(diff.review.statuses);
  bullet('review', [
    ...statuses.shown.map(
      (s) => `${md(keyText(s.key, names))}: ${s.before ?? '(not reviewed)'} → ${s.after ?? '(not reviewed)'}${s.rationale ? ` (${md(s.rationale)})` : ''}`,
    ),
    ...(statuses.more > 0 ? [`and ${statuses.more} more`] : []),
  ]);
  const { decisions } = diff.review;
  bullet('decisions', [
    ...decisions.added.map((d) => `added ${md(d.title)}`),
    ...decisions.removed.map((d) => `removed ${md(d.title)}`),
    ...decisions.changed.map((d) => `changed ${md(d.title)}`),
  ]);
  return lines.length === 0 ? [] : ['', ...lines];
}

function findingItems(title: string, findings: readonly FindingRef[]): string[] {
  if (findings.length === 0) return [];
  const { shown, more } = capped(findings);
  const item = (f: FindingRef) =>
    `- **${f.severity}** ${f.components.length === 0 ? '(project)' : md(formatShortList(f.components, 3))}: ${md(f.message)}${f.status === 'open' ? '' : ` _(${f.status})_`}`;
  return ['', `**${title} (${findings.length})**`, '', ...shown.map(item), ...(more > 0 ? [`- … and ${more} more`] : [])];
}

function changedFindingItem(change: ChangedFinding): string {
  const severity = change.severityBefore === change.severityAfter ? change.severityAfter : `${change.severityBefore} → ${change.severityAfter}`;
  const members = [
    ...(change.joined.length > 0 ? [`now also ${md(formatShortList(change.joined, 5))}`] : []),
    ...(change.left.length > 0 ? [`no longer ${md(formatShortList(change.left, 5))}`] : []),
  ];
  return `**${severity}** ${change.ruleId}${members.length === 0 ? '' : `: ${members.join('; ')}`}`;
}

function analysisSection(analysis: AnalysisDiff): string[] {
  const { growth, findings } = analysis;
  const lines = ['', '### What it does to the analysis', '', tableRow(['', 'before → after']), tableRow(['---', '---'])];
  lines.push(tableRow(['open findings', `${countsText(findings.openBefore)} → ${countsText(findings.openAfter)}`]));
  lines.push(tableRow(['growth', md(breaksFirstLine(growth.before, growth.after))]));
  lines.push(tableRow(['', md(growthCountsLine(growth.before, growth.after))]));
  const moved = analysis.availability.filter((a) => a.before !== a.after || a.targetBefore !== a.targetAfter);
  const { shown, more } = capped(moved);
  for (const a of shown) {
    const verdict = targetVerdict(a.before, a.after, a.targetBefore, a.targetAfter);
    lines.push(
      tableRow([
        `availability of ${md(a.name)}`,
        `${availabilityText(a.before, a.after)}${verdict === '' ? '' : ` (${verdict} of ${formatPercent(a.targetAfter)})`}`,
      ]),
    );
  }
  if (more > 0) lines.push(tableRow([`availability of ${more} more entry points`, 'changed']));
  const unchanged = analysis.availability.length - moved.length;
  if (unchanged > 0) lines.push(tableRow([`availability of ${unchanged} other entry point${unchanged === 1 ? '' : 's'}`, 'unchanged']));
  const spofs = [
    ...analysis.spofs.added.map((s) => `added ${md(s.name)} (takes down ${formatPercent(s.blastRadius)} of traffic)`),
    ...analysis.spofs.removed.map((s) => `removed ${md(s.name)} (took down ${formatPercent(s.blastRadius)} of traffic)`),
  ];
  lines.push(tableRow(['single points of failure', spofs.length === 0 ? 'unchanged' : capped(spofs).shown.join('<br>')]));
  lines.push(...findingItems('Findings introduced', findings.introduced), ...findingItems('Findings resolved', findings.resolved));
  if (findings.changed.length > 0) {
    const { shown: changed, more: moreChanged } = capped(findings.changed);
    lines.push(
      '',
      `**Findings that changed (${findings.changed.length})**`,
      '',
      ...changed.map((c) => `- ${changedFindingItem(c)}`),
      ...(moreChanged > 0 ? [`- … and ${moreChanged} more`] : []),
    );
  }
  return lines;
}

/**
 * `tenfold diff --format markdown`: a pull-request comment. The architecture changes as tables,
 * a Mermaid diagram of the changed neighbourhood, then the analysis before → after. Every name
 * and message is escaped, so a component called "<script>" or "| x |" cannot break the comment.
 */
export function formatDiffMarkdown(report: DiffReport): string {
  const { architecture, analysis } = report.comparison;
  const names = namesOf(report);
  const c = architecture.components;
  const k = architecture.connections;
  const lines = [`### Architecture changes: ${md(report.after.name)}`, '', `${md(report.beforeName)} → ${md(report.afterName)}`];
  if (isArchitectureUnchanged(architecture))
    lines.push('', architecture.layoutChanged ? 'No architecture changes (positions on the canvas moved).' : 'No architecture changes.');
  else
    lines.push(
      '',
      `**components:** ${c.added.length} added, ${c.removed.length} removed, ${c.changed.length} changed · **connections:** ${k.added.length} added, ${k.removed.length} removed, ${k.changed.length} changed`,
    );
  lines.push(...componentTable(architecture, names), ...connectionTable(architecture, names), ...settingLines(architecture, names));
  const diagram = changeDiagram(report);
  if (diagram.text !== '') {
    lines.push('', '```mermaid', diagram.text.trimEnd(), '```');
    if (diagram.omitted > 0) lines.push('', `_The diagram leaves out ${diagram.omitted} more changed components._`);
  }
  lines.push(...analysisSection(analysis));
  return `${lines.join('\n')}\n`;
}
