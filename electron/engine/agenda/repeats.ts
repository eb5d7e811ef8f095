import type { Finding } from '../../../shared/model/finding';
import type { Severity } from '../../../shared/model/review';

const severityRank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * A repeat: a capacity finding on components whose limit, at the same multiple of today's load,
 * a finding ranked above it already puts on the agenda. It is the same limit seen by another rule
 * (a store that breaks at 1.1× is also read-heavy without a cache at 1.1×; a tier past its target
 * today both is saturated and needs a redesign), so the meeting discusses it once. A repeat keeps
 * its figures and summary but scores 3 + score ÷ 100: after every other risk, before hygiene.
 * A different limit of the same component (connections at 3×, data size) is its own item, and so
 * is every outage and data-loss finding: each names a different way to fail, with its own fix.
 *
 * `ruleOrder` is the catalog position of each rule, the tie-break of equal scores. Returns the
 * findings in the same order, repeats with a new impact object.
 */
export function demoteRepeats(findings: readonly Finding[], ruleOrder: ReadonlyMap<string, number>): Finding[] {
  const limits: number[] = [];
  for (let i = 0; i < findings.length; i++) {
    const { impact, targets } = findings[i]!;
    if (impact.risk === 'capacity' && impact.breaksAt !== null && targets.components.length > 0) limits.push(i);
  }
  const out = findings.slice();
  if (limits.length < 2) return out;
  const rank = (i: number) => ruleOrder.get(findings[i]!.ruleId) ?? ruleOrder.size;
  limits.sort((a, b) => {
    const x = findings[a]!;
    const y = findings[b]!;
    return y.impact.score - x.impact.score || severityRank[x.severity] - severityRank[y.severity] || rank(a) - rank(b) || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0);
  });
  const covered = new Set<string>();
  for (const i of limits) {
    const finding = findings[i]!;
    // breaksAt is rounded to two decimals, so one limit seen by two rules gives one number.
    const limit = '|' + finding.impact.breaksAt!;
    const components = finding.targets.components;
    let repeat = true;
    for (let c = 0; c < components.length; c++) if (!covered.has(components[c]! + limit)) repeat = false;
    if (repeat) {
      out[i] = { ...finding, impact: { ...finding.impact, score: Math.round(300 + finding.impact.score) / 100 } };
      continue;
    }
    for (let c = 0; c < components.length; c++) covered.add(components[c]! + limit);
  }
  return out;
}
