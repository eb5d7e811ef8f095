import type { Project } from '../../../shared/model/project';
import { createRuleContext } from '../context';
import type { Rule, RuleReport } from '../types';

/** Runs one rule on a project with the real analyses, as the engine does. */
export function reportsOf(rule: Rule, project: Project, options: { growthFactor?: number } = {}): readonly RuleReport[] {
  return rule.check(createRuleContext(project, options));
}

/** The component ids each report targets, for compact assertions. */
export function targetsOf(reports: readonly RuleReport[]): string[][] {
  return reports.map((r) => [...(r.components ?? []), ...(r.connections ?? [])]);
}
