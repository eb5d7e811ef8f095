import type { Finding } from '../../../shared/model/finding';
import type { Severity } from '../../../shared/model/review';

const severityRank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Findings in priority order: impact score (highest first), then severity, then the rule's place
 * in the catalog, then key, so the order is total and the same for the same model. The rank is
 * the position (index 0 = priority 1), never stored on a finding: one insertion would shift the
 * rank of every finding below it, and relative check replies resend every finding that changed.
 *
 * `ruleOrder` maps rule ids to their catalog position; findings of a rule it lacks go last.
 */
export function byPriority(findings: readonly Finding[], ruleOrder: ReadonlyMap<string, number>): Finding[] {
  const n = findings.length;
  const scores = new Float64Array(n);
  const severities = new Uint8Array(n);
  const ruleAt = new Int32Array(n);
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const finding = findings[i]!;
    scores[i] = finding.impact.score;
    severities[i] = severityRank[finding.severity];
    ruleAt[i] = ruleOrder.get(finding.ruleId) ?? ruleOrder.size;
    order[i] = i;
  }
  order.sort((a, b) => scores[b]! - scores[a]! || severities[a]! - severities[b]! || ruleAt[a]! - ruleAt[b]! || compareKeys(findings[a]!.key, findings[b]!.key));
  const sorted = new Array<Finding>(n);
  for (let i = 0; i < n; i++) sorted[i] = findings[order[i]!]!;
  return sorted;
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
