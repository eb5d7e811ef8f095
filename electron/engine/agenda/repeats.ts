import type { Finding, Risk } from '../../../shared/model/finding';
import type { Severity } from '../../../shared/model/review';

const severityRank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Risks whose findings on one component are one agenda item: a store that breaks at 1.1× is also
 * read-heavy without a cache and short of connections; a single point of failure is also a
 * primary without a standby. Each way of losing data (no backups, a port open to the host, files
 * on local disk) needs its own fix, so data-loss findings are never repeats.
 */
const repeatable: ReadonlySet<Risk> = new Set(['outage', 'capacity']);

/**
 * A repeat: an outage or capacity finding whose risk the agenda already has, for every component
 * it names, from a finding ranked above it. The meeting discusses that item once, so a repeat
 * keeps its figures and summary but scores score ÷ 100 (at most 1): after every finding that
 * brings something new, hygiene included.
 *
 * `ruleOrder` is the catalog position of each rule, the tie-break of equal scores. Returns the
 * findings in the same order, repeats with a new impact object.
 */
export function demoteRepeats(findings: readonly Finding[], ruleOrder: ReadonlyMap<string, number>): Finding[] {
  const risky: number[] = [];
  for (let i = 0; i < findings.length; i++) if (repeatable.has(findings[i]!.impact.risk) && findings[i]!.targets.components.length > 0) risky.push(i);
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
      out[i] = { ...finding, impact: { ...finding.impact, score: Math.round(finding.impact.score) / 100 } };
      continue;
    }
    for (let c = 0; c < components.length; c++) covered.add(risk + '|' + components[c]!);
  }
  return out;
}
