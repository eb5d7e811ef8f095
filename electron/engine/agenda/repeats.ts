import type { Finding } from '../../../shared/model/finding';
import type { Severity } from '../../../shared/model/review';
import { byKey } from './priority';

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
 * findings in the same order, repeats with a new impact object (the same array when none is).
 */
export function demoteRepeats(findings: readonly Finding[], ruleOrder: ReadonlyMap<string, number>): readonly Finding[] {
  const limits: number[] = [];
  for (let i = 0; i < findings.length; i++) {
    const { impact, targets } = findings[i]!;
    if (impact.risk === 'capacity' && impact.breaksAt !== null && targets.components.length > 0) limits.push(i);
  }
  if (limits.length < 2) return findings;
  const rank = new Map<number, number>();
  for (const i of limits) rank.set(i, ruleOrder.get(findings[i]!.ruleId) ?? ruleOrder.size);
  // In priority order (see priority.ts), so the finding that leads is the one the agenda shows first.
  limits.sort((a, b) => {
    const x = findings[a]!;
    const y = findings[b]!;
    return y.impact.score - x.impact.score || severityRank[x.severity] - severityRank[y.severity] || rank.get(a)! - rank.get(b)! || byKey(x, y);
  });
  // The breaking multiples already on the agenda, by component (breaksAt is rounded to two
  // decimals, so one limit seen by two rules gives one number).
  const covered = new Map<string, number[]>();
  let out: Finding[] | null = null;
  for (const i of limits) {
    const finding = findings[i]!;
    const limit = finding.impact.breaksAt!;
    const components = finding.targets.components;
    let repeat = true;
    for (let c = 0; c < components.length && repeat; c++) repeat = covered.get(components[c]!)?.includes(limit) === true;
    if (repeat) {
      out ??= findings.slice();
      out[i] = { ...finding, impact: { ...finding.impact, score: Math.round(300 + finding.impact.score) / 100 } };
      continue;
    }
    for (let c = 0; c < components.length; c++) {
      const list = covered.get(components[c]!);
      if (list) list.push(limit);
      else covered.set(components[c]!, [limit]);
    }
  }
  return out ?? findings;
}
