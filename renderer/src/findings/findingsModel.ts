import type { Finding, Checklist } from '../../../shared/model/finding';
import type { FindingStatus, Severity } from '../../../shared/model/review';
import type { Project } from '../../../shared/model/project';
import { isOpenFinding, openStatuses } from '../../../shared/model/openFindings';

/** Pure helpers behind the findings panel: filters, counts, names. No React here. */

export const severities: readonly Severity[] = ['error', 'warning', 'info'];
export const statuses: readonly FindingStatus[] = ['open', 'planned', 'accepted-risk', 'fixed'];

export const severityLabel: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };
export const statusLabel: Record<FindingStatus, string> = {
  open: 'Open',
  planned: 'Planned',
  fixed: 'Fixed',
  'accepted-risk': 'Accepted risk',
};
export const checklistLabel: Record<Checklist, string> = {
  growth: 'Growth',
  stateless: 'Stateless tiers',
  redundancy: 'Redundancy',
  async: 'Asynchronous work',
  caching: 'Caching',
  resilience: 'Resilience',
  observability: 'Observability',
  data: 'Data',
  api: 'API',
  testing: 'Testing',
  simplicity: 'Simplicity',
  modularity: 'Modularity',
};

export interface FindingFilter {
  readonly severities: readonly Severity[];
  readonly statuses: readonly FindingStatus[];
}

/** By default the panel lists the open findings (open or planned) of every severity: what the counts count. */
export const defaultFilter: FindingFilter = { severities: [...severities], statuses: [...openStatuses] };

export function matchesFilter(finding: Finding, filter: FindingFilter): boolean {
  return filter.severities.includes(finding.severity) && filter.statuses.includes(finding.status);
}

export interface FindingCounts {
  /** Open findings (open or planned, see isOpenFinding): the one number the app shows everywhere. */
  readonly open: number;
  /** Open findings by severity; they add up to `open`. */
  readonly severity: Record<Severity, number>;
  /** Every finding by status, settled ones included. */
  readonly status: Record<FindingStatus, number>;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const severity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const status: Record<FindingStatus, number> = { open: 0, planned: 0, fixed: 0, 'accepted-risk': 0 };
  let open = 0;
  for (const finding of findings) {
    status[finding.status] += 1;
    if (!isOpenFinding(finding)) continue;
    open += 1;
    severity[finding.severity] += 1;
  }
  return { open, severity, status };
}

export function countOpen(findings: readonly Finding[]): number {
  let open = 0;
  for (const finding of findings) if (isOpenFinding(finding)) open += 1;
  return open;
}

/** Component and connection names by id, for lists that show targets ("web → orders-db"). */
export function targetNames(project: Project): Map<string, string> {
  const names = new Map<string, string>();
  for (const component of project.components) names.set(component.id, component.name);
  for (const connection of project.connections) {
    const from = names.get(connection.from) ?? 'missing component';
    const to = names.get(connection.to) ?? 'missing component';
    names.set(connection.id, `${from} → ${to}`);
  }
  return names;
}

/** Each connection's source component by connection id, for findings that name only connections. */
export function connectionSources(project: Project): Map<string, string> {
  const sources = new Map<string, string>();
  for (const connection of project.connections) sources.set(connection.id, connection.from);
  return sources;
}

/**
 * `previous` when it holds exactly the names of `next`, else `next`. Most edits change no name,
 * and lists that show names (thousands of findings) re-render only when their props change.
 */
export function keepSameNames(previous: ReadonlyMap<string, string> | null, next: Map<string, string>): ReadonlyMap<string, string> {
  if (!previous || previous.size !== next.size) return next;
  for (const [id, name] of next) if (previous.get(id) !== name) return next;
  return previous;
}

/** Every id a finding concerns, for focus(): components first, then connections. */
export function findingTargetIds(finding: Finding): string[] {
  return [...finding.targets.components, ...finding.targets.connections];
}

/** Open findings in agenda order: the order review mode and "next finding" step through. */
export function openFindingsInOrder(findings: readonly Finding[]): Finding[] {
  return findings.filter(isOpenFinding);
}

/** Evidence keys are camelCase identifiers ("utilizationAtGrowth"); show them as words. */
export function evidenceLabel(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

export function evidenceValue(value: number | string | boolean | null): string {
  if (value === null) return 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return Number.isFinite(value) ? numberFormat.format(value) : 'unbounded';
  return value;
}
