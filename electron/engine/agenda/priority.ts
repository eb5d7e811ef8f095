import type { Finding } from '../../../shared/model/finding';
import type { Severity } from '../../../shared/model/review';
import { itemAt } from '../../../shared/base/itemAt';

const severityRank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Open findings a review agenda opens with (the CLI table, the report's executive summary). */
export const AGENDA_SIZE = 10;

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
  const rules = ruleOrder.size + 1;
  // Score, severity and rule as one number per finding. Hygiene findings (most of a large
  // model's) score by severity alone and rank after every risk (score.ts), so when the findings
  // come in catalog order, as a check lists them, splitting them by severity keeps them in order
  // with no sort; only the risks are sorted. A check lists each rule's findings together, so the
  // rule is looked up once per run of them.
  const ranks = new Float64Array(n);
  const risks: number[] = [];
  const hygiene: number[][] = [[], [], []];
  let ruleId = '';
  let ruleAt = -1;
  let catalogOrdered = true;
  for (let i = 0; i < n; i++) {
    const finding = itemAt(findings, i);
    if (finding.ruleId !== ruleId) {
      ruleId = finding.ruleId;
      const at = ruleOrder.get(ruleId) ?? rules - 1;
      if (at < ruleAt) catalogOrdered = false;
      ruleAt = at;
    }
    const severity = severityRank[finding.severity];
    ranks[i] = priorityRank(finding, ruleAt, rules);
    if (finding.impact.risk === 'hygiene') itemAt(hygiene, severity).push(i);
    else risks.push(i);
  }
  const order = catalogOrdered ? risksThenHygiene(ranks, risks, hygiene) : sortedByRank(ranks, null);
  const sorted = new Array<Finding>(n);
  for (let i = 0; i < n; i++) sorted[i] = itemAt(findings, itemAt(order, i));
  // Only runs of equal rank need the key order, and a rule reports in project order, which is
  // usually key order already.
  for (let start = 0; start < n;) {
    const rank = itemAt(ranks, itemAt(order, start));
    let end = start + 1;
    while (end < n && ranks[itemAt(order, end)] === rank) end++;
    if (end - start > 1 && !inKeyOrder(sorted, start, end)) {
      const run = sorted.slice(start, end).sort(byKey);
      for (let i = 0; i < run.length; i++) sorted[start + i] = itemAt(run, i);
    }
    start = end;
  }
  return sorted;
}

/**
 * Score, severity and catalog position as one number, smaller first: equal numbers tie on all
 * three. `rules` is the number of catalog positions (unknown rules take the last).
 */
export function priorityRank(finding: Finding, ruleAt: number, rules: number): number {
  const score = Math.min(1000, Math.max(0, Math.round(finding.impact.score * 10)));
  return ((1000 - score) * 3 + severityRank[finding.severity]) * rules + ruleAt;
}

/** Indices (all, or `subset`) in rank order, ties in input order: rank × n + index sorts as plain numbers (native, no callback). */
export function sortedByRank(ranks: Float64Array, subset: readonly number[] | null): number[] {
  const n = ranks.length;
  const count = subset === null ? n : subset.length;
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const at = subset === null ? i : itemAt(subset, i);
    keys[i] = itemAt(ranks, at) * n + at;
  }
  keys.sort();
  const out = new Array<number>(count);
  for (let i = 0; i < count; i++) out[i] = itemAt(keys, i) % n;
  return out;
}

/** The risks sorted, then hygiene by severity in the order given; the general sort should a risk score below hygiene. */
function risksThenHygiene(ranks: Float64Array, risks: readonly number[], hygiene: readonly number[][]): number[] {
  const order = sortedByRank(ranks, risks);
  const lastRisk = order.length > 0 ? itemAt(ranks, itemAt(order, order.length - 1)) : -Infinity;
  for (const list of hygiene) {
    for (let i = 0; i < list.length; i++) {
      if (itemAt(ranks, itemAt(list, i)) < lastRisk) return sortedByRank(ranks, null);
      order.push(itemAt(list, i));
    }
  }
  return order;
}

function inKeyOrder(findings: readonly Finding[], start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) if (byKey(itemAt(findings, i - 1), itemAt(findings, i)) > 0) return false;
  return true;
}

/**
 * The last tie-break: the finding's target ids (components, then connections, as its rule lists
 * them), then its key. Both come from the model's content, not from the order of its arrays. Ids
 * go first because they are flat strings from the project, while keys are freshly concatenated
 * and every comparison would first flatten them. A finding on one component has the key
 * "rule|component", so for most findings this is key order.
 */
export function byKey(a: Finding, b: Finding): number {
  return (
    compareIds(a.targets.components, b.targets.components) ||
    compareIds(a.targets.connections, b.targets.connections) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

function compareIds(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return itemAt(a, i) < itemAt(b, i) ? -1 : 1;
  return a.length - b.length;
}
