import type { Finding } from '../../../shared/model/finding';
import type { Severity } from '../../../shared/model/review';

const severityRank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Findings in priority order: impact score (highest first), then severity, then the rule's place
 * in the catalog, then target ids and key (see byKey), so the order is total and the same for the
 * same model, whatever order the project lists its components in. The rank is the position
 * (index 0 = priority 1), never stored on a finding: one insertion would shift the rank of every
 * finding below it, and relative check replies resend every finding that changed.
 *
 * `ruleOrder` maps rule ids to their catalog position; findings of a rule it lacks go last.
 */
export function byPriority(findings: readonly Finding[], ruleOrder: ReadonlyMap<string, number>): Finding[] {
  const n = findings.length;
  // Score, severity and rule make one integer; times n plus the finding's index it sorts as a
  // plain number array (a native sort, no comparison callback), ties kept in the order the rules
  // reported them. Only runs of equal rank then need the key order, and a rule reports in
  // project order, which is usually key order already.
  const rules = ruleOrder.size + 1;
  const order = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const finding = findings[i]!;
    const score = Math.min(1000, Math.max(0, Math.round(finding.impact.score * 10)));
    const rank = ((1000 - score) * 3 + severityRank[finding.severity]) * rules + (ruleOrder.get(finding.ruleId) ?? rules - 1);
    order[i] = rank * n + i;
  }
  order.sort();
  const sorted = new Array<Finding>(n);
  for (let i = 0; i < n; i++) sorted[i] = findings[order[i]! % n]!;
  for (let start = 0; start < n;) {
    const rank = Math.floor(order[start]! / n);
    let end = start + 1;
    while (end < n && Math.floor(order[end]! / n) === rank) end++;
    if (end - start > 1 && !inKeyOrder(sorted, start, end)) {
      const run = sorted.slice(start, end).sort(byKey);
      for (let i = 0; i < run.length; i++) sorted[start + i] = run[i]!;
    }
    start = end;
  }
  return sorted;
}

function inKeyOrder(findings: readonly Finding[], start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) if (byKey(findings[i - 1]!, findings[i]!) > 0) return false;
  return true;
}

/**
 * The last tie-break: the finding's target ids (components, then connections, as its rule lists
 * them), then its key. Both come from the model's content, not from the order of its arrays. Ids
 * go first because they are flat strings from the project: comparing two freshly concatenated
 * keys flattens both, which cost more than the rest of the sort at 10,000 components. A finding
 * on one component has the key "rule|component", so for most findings this is key order.
 */
function byKey(a: Finding, b: Finding): number {
  return compareIds(a.targets.components, b.targets.components) || compareIds(a.targets.connections, b.targets.connections) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

function compareIds(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length - b.length;
}
