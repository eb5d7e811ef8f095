import type { Finding } from '../../../shared/model/finding';
import type { Severity } from '../../../shared/model/review';

const severityRank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * A repeat: a finding whose risk the agenda already has for every component it names, from a
 * finding ranked above it (a store that breaks at 1.1× is also read-heavy without a cache and
 * short of connections; a database without backups is also published on the host). The meeting
 * takes those as one item, so a repeat ranks after every first finding of a risk, just above
 * hygiene: its score becomes 3 + score ÷ 20 (3 to 8). Its figures and summary stay as they are.
 *
 * `ruleOrder` is the catalog position of each rule, the tie-break of equal scores. Returns the
 * findings in the same order, repeats with a new impact object.
 */
export function demoteRepeats(findings: readonly Finding[], ruleOrder: ReadonlyMap<string, number>): Finding[] {
  const risky: number[] = [];
  for (let i = 0; i < findings.length; i++) if (findings[i]!.impact.risk !== 'hygiene' && findings[i]!.targets.components.length > 0) risky.push(i);
  const out = findings.slice();
  if (risky.length < 2) return out;
  const rank = (i: number) => ruleOrder.get(findings[i]!.ruleId) ?? ruleOrder.size;
  risky.sort((a, b) => {
    const x = findings[a]!;
    const y = findings[b]!;
    return y.impact.score - x.impact.score || severityRank[x.severity] - severityRank[y.severity] || rank(a) - rank(b) || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0);
  });
  const covered = new Set<string>();
  for (const i of risky) {
    const finding = findings[i]!;
    const { risk } = finding.impact;
    const components = finding.targets.components;
    let repeat = true;
    for (let c = 0; c < components.length; c++) if (!covered.has(risk + '|' + components[c]!)) repeat = false;
    if (repeat) {
      out[i] = { ...finding, impact: { ...finding.impact, score: Math.round((3 + finding.impact.score / 20) * 10) / 10 } };
      continue;
    }
    for (let c = 0; c < components.length; c++) covered.add(risk + '|' + components[c]!);
  }
  return out;
}
