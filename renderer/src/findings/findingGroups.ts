import type { Finding } from '../../../shared/model/finding';
import { checklists } from '../../../shared/model/finding';
import { checklistLabel } from './findingsModel';

/**
 * How the findings panel groups what it lists. Every grouping keeps the agenda's order (the
 * engine returns findings in priority order) inside each group, so ranks always read downwards.
 */
export type FindingGrouping = 'agenda' | 'checklist' | 'component';

export const groupings: readonly FindingGrouping[] = ['agenda', 'checklist', 'component'];

export const groupingLabel: Record<FindingGrouping, string> = {
  agenda: 'Agenda',
  checklist: 'By checklist',
  component: 'By component',
};

export interface FindingGroup {
  /** Stable across checks: 'agenda', a checklist id, or a component id (or 'model'). */
  readonly id: string;
  readonly label: string;
  /** The component to zoom to from the group's heading (component grouping only). */
  readonly componentId?: string;
  readonly findings: readonly Finding[];
}

/**
 * Each finding's priority: its position in the engine's list, 1 first. A finding's rank does not
 * depend on the filter or the grouping, so "#4" means the same finding everywhere.
 */
export function agendaRanks(findings: readonly Finding[]): ReadonlyMap<string, number> {
  const ranks = new Map<string, number>();
  findings.forEach((finding, index) => ranks.set(finding.key, index + 1));
  return ranks;
}

/** Component ids and connection ids mapped to what the component grouping needs of them. */
export interface GroupingNames {
  /** Component and connection names by id (see targetNames). */
  readonly names: ReadonlyMap<string, string>;
  /** Each connection's source component: a finding about a connection belongs to its caller. */
  readonly connectionSources: ReadonlyMap<string, string>;
}

/** `findings` in agenda order (already filtered) into the groups of `grouping`; empty groups are left out. */
export function groupFindings(findings: readonly Finding[], grouping: FindingGrouping, lookup: GroupingNames): FindingGroup[] {
  if (grouping === 'agenda') return findings.length === 0 ? [] : [{ id: 'agenda', label: groupingLabel.agenda, findings }];
  if (grouping === 'checklist') return groupByChecklist(findings);
  return groupByComponent(findings, lookup);
}

function groupByChecklist(findings: readonly Finding[]): FindingGroup[] {
  const byChecklist = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = byChecklist.get(finding.checklist);
    if (group) group.push(finding);
    else byChecklist.set(finding.checklist, [finding]);
  }
  return checklists
    .filter((checklist) => byChecklist.has(checklist))
    .map((checklist) => ({ id: checklist, label: checklistLabel[checklist], findings: byChecklist.get(checklist)! }));
}

/**
 * One group per component a finding concerns, ordered by the component's most urgent finding. A
 * finding about several components is listed under each; one that names only connections goes
 * under their source components, and one that names neither under "Whole model".
 */
function groupByComponent(findings: readonly Finding[], { names, connectionSources }: GroupingNames): FindingGroup[] {
  const byComponent = new Map<string, Finding[]>();
  for (const finding of findings) {
    for (const id of componentsOf(finding, connectionSources)) {
      const group = byComponent.get(id);
      if (group) group.push(finding);
      else byComponent.set(id, [finding]);
    }
  }
  return [...byComponent].map(([id, inGroup]) =>
    id === wholeModel
      ? { id, label: 'Whole model', findings: inGroup }
      : { id, label: names.get(id) ?? 'Missing component', componentId: id, findings: inGroup },
  );
}

const wholeModel = 'model';

function componentsOf(finding: Finding, connectionSources: ReadonlyMap<string, string>): readonly string[] {
  if (finding.targets.components.length > 0) return unique(finding.targets.components);
  const sources = finding.targets.connections.map((id) => connectionSources.get(id)).filter((id): id is string => id !== undefined);
  return sources.length > 0 ? unique(sources) : [wholeModel];
}

function unique(ids: readonly string[]): readonly string[] {
  return ids.length < 2 ? ids : [...new Set(ids)];
}
