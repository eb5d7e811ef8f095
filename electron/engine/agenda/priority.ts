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
  // Score, severity and rule make one integer, and findings that share it are kept in buckets in
  // the order they came: a rule reports in project order, which is usually key order already, so
  // most buckets need no sorting at all. A comparison sort of 30,000 findings spent most of its
  // time comparing the keys of findings that tie on everything else.
  const rules = ruleOrder.size + 1;
  const buckets = new Map<number, Finding[]>();
  for (let i = 0; i < findings.length; i++) {
    const finding = findings[i]!;
    const score = Math.min(1000, Math.max(0, Math.round(finding.impact.score * 10)));
    const rank = ((1000 - score) * 3 + severityRank[finding.severity]) * rules + (ruleOrder.get(finding.ruleId) ?? rules - 1);
    const bucket = buckets.get(rank);
    if (bucket) bucket.push(finding);
    else buckets.set(rank, [finding]);
  }
  const ranks = [...buckets.keys()].sort((a, b) => a - b);
  const sorted: Finding[] = [];
  for (let r = 0; r < ranks.length; r++) {
    const bucket = buckets.get(ranks[r]!)!;
    if (!inKeyOrder(bucket)) bucket.sort(byKey);
    for (let i = 0; i < bucket.length; i++) sorted.push(bucket[i]!);
  }
  return sorted;
}

function inKeyOrder(findings: readonly Finding[]): boolean {
  for (let i = 1; i < findings.length; i++) if (findings[i - 1]!.key > findings[i]!.key) return false;
  return true;
}

function byKey(a: Finding, b: Finding): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
