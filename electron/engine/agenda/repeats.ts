import type { Finding } from '../../../shared/model/finding';
import { priorityRank, sortedByRank } from './priority';
import { itemAt } from '../../../shared/base/itemAt';

/**
 * A repeat: a capacity finding on components whose limit, at the same multiple of today's load,
 * a finding ranked above it already puts on the agenda. It is the same limit seen by another rule
 * (a store that breaks at 1.1× is also read-heavy without a cache at 1.1×; a tier past its target
 * today both is saturated and needs a redesign), so the meeting discusses it once. A repeat keeps
 * its figures and summary but scores 3 + score ÷ 100: after every other risk, before hygiene.
 * A different limit of the same component (connections at 3×, data size) is its own item, and so
 * is every outage and data-loss finding: each names a different way to fail, with its own fix.
 *
 * `ruleOrder` is the catalog position of each rule, the tie-break of equal scores; `indexOf`
 * numbers the components (graph.indexOf; a component it lacks is still handled). Returns the
 * findings in the same order, repeats with a new impact object (the same array when none is).
 */
export function demoteRepeats(findings: readonly Finding[], ruleOrder: ReadonlyMap<string, number>, indexOf: ReadonlyMap<string, number>): readonly Finding[] {
  const rules = ruleOrder.size + 1;
  const ranks = new Float64Array(findings.length);
  const limits: number[] = [];
  let ruleId = '';
  let ruleAt = rules - 1;
  for (let i = 0; i < findings.length; i++) {
    const finding = itemAt(findings, i);
    const { impact, targets } = finding;
    if (impact.risk !== 'capacity' || impact.breaksAt === null || targets.components.length === 0) continue;
    if (finding.ruleId !== ruleId) {
      ruleId = finding.ruleId;
      ruleAt = ruleOrder.get(ruleId) ?? rules - 1;
    }
    ranks[i] = priorityRank(finding, ruleAt, rules);
    limits.push(i);
  }
  if (limits.length < 2) return findings;
  // Taken in priority order, so the finding that leads is the one the agenda shows first (equal
  // ranks: the order given). breaksAt is rounded to two decimals, so one limit seen by two rules
  // gives one number.
  const covered = new CoveredLimits(indexOf);
  let out: Finding[] | null = null;
  for (const i of sortedByRank(ranks, limits)) {
    const finding = itemAt(findings, i);
    const limit = finding.impact.breaksAt!;
    const components = finding.targets.components;
    let repeat = true;
    for (let c = 0; c < components.length && repeat; c++) repeat = covered.has(itemAt(components, c), limit);
    if (repeat) {
      out ??= findings.slice();
      out[i] = { ...finding, impact: { ...finding.impact, score: Math.round(300 + finding.impact.score) / 100 } };
      continue;
    }
    for (let c = 0; c < components.length; c++) covered.add(itemAt(components, c), limit);
  }
  return out ?? findings;
}

/**
 * The breaking multiples on the agenda, by component number (graph.indexOf). Nearly every
 * component has one, so it is kept in a typed array; the rare others in a map.
 */
class CoveredLimits {
  private readonly indexOf: ReadonlyMap<string, number>;
  private readonly first: Float64Array;
  private readonly more = new Map<string, number[]>();

  constructor(indexOf: ReadonlyMap<string, number>) {
    this.indexOf = indexOf;
    this.first = new Float64Array(indexOf.size).fill(Number.NaN);
  }

  has(component: string, limit: number): boolean {
    const v = this.indexOf.get(component);
    const first = v === undefined ? Number.NaN : itemAt(this.first, v);
    if (first === limit) return true;
    return (v === undefined || !Number.isNaN(first)) && this.more.get(component)?.includes(limit) === true;
  }

  add(component: string, limit: number): void {
    const v = this.indexOf.get(component);
    if (v !== undefined && Number.isNaN(itemAt(this.first, v))) this.first[v] = limit;
    else if (v === undefined || this.first[v] !== limit) {
      const more = this.more.get(component);
      if (!more) this.more.set(component, [limit]);
      else if (!more.includes(limit)) more.push(limit);
    }
  }
}
