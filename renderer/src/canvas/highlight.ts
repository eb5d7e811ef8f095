import type { CheckResult } from '../../../shared/ipc/contract';
import type { Severity } from '../../../shared/model/review';
import { isOpenFinding } from '../../../shared/model/openFindings';

/** What a component's badge shows: its worst open finding and how many open findings it has. */
export interface FindingBadge {
  readonly severity: Severity;
  readonly count: number;
  /** Rules with an open finding on it, for the badge's tooltip and for tests. */
  readonly ruleIds: readonly string[];
}

const rank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export const severityColor: Readonly<Record<Severity, string>> = { error: 'red', warning: 'yellow', info: 'blue' };

/** Open findings per component, counted as everywhere else (open or planned; fixed and accepted ones do not mark the diagram). */
export function findingBadges(check: CheckResult | null): Map<string, FindingBadge> {
  const badges = new Map<string, FindingBadge>();
  if (!check) return badges;
  for (const finding of check.findings) {
    if (!isOpenFinding(finding)) continue;
    for (const id of finding.targets.components) {
      const current = badges.get(id);
      if (!current) badges.set(id, { severity: finding.severity, count: 1, ruleIds: [finding.ruleId] });
      else
        badges.set(id, {
          severity: rank[finding.severity] < rank[current.severity] ? finding.severity : current.severity,
          count: current.count + 1,
          ruleIds: current.ruleIds.includes(finding.ruleId) ? current.ruleIds : [...current.ruleIds, finding.ruleId],
        });
    }
  }
  return badges;
}

export type UtilizationBand = 'low' | 'moderate' | 'high' | 'critical';

/**
 * Bands of the growth view: under 0.5 comfortable, under the target fine, under 0.9 past the
 * target, from 0.9 saturated. The growth panel's legend uses the same thresholds.
 */
export function utilizationBand(utilization: number, target: number): UtilizationBand {
  if (utilization < 0.5) return 'low';
  if (utilization < target) return 'moderate';
  if (utilization < 0.9) return 'high';
  return 'critical';
}

export const bandColor: Readonly<Record<UtilizationBand, string>> = { low: 'green', moderate: 'yellow', high: 'orange', critical: 'red' };

/** Utilization at the check's growth factor, per component; absent when not capacity-bound. */
export function growthUtilization(check: CheckResult | null): Map<string, number> {
  const map = new Map<string, number>();
  for (const g of check?.analyses.growth.components ?? []) if (g.utilizationAtGrowth !== null) map.set(g.componentId, g.utilizationAtGrowth);
  return map;
}

export function spofIds(check: CheckResult | null): Set<string> {
  return new Set((check?.analyses.spof.spofs ?? []).map((s) => s.componentId));
}

/** Requests per second reaching each component today, for connection tooltips. */
export function componentRates(check: CheckResult | null): Map<string, number> {
  return new Map((check?.analyses.load.components ?? []).map((c) => [c.componentId, c.rate]));
}
