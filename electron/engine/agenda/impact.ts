import type { FindingImpact } from '../../../shared/model/finding';
import type { Severity } from '../../../shared/model/review';
import type { RuleContext } from '../types';
import type { FindingTargets, RuleRisk } from './assessment';
import { ruleRisks, unknownRuleRisk } from './ruleRisks';
import { priorityScore } from './score';
import { TrafficReach } from './trafficReach';

export type ImpactOf = (ruleId: string, targets: FindingTargets, severity: Severity) => FindingImpact;

/**
 * The impact estimate of each finding of one check. Hygiene impacts depend only on the rule and
 * severity, so findings share one object per pair: most of a large model's findings are hygiene,
 * and a check makes none of them anew.
 */
export function impactAssessor(context: RuleContext): ImpactOf {
  const env = { context, reach: new TrafficReach(context.graph) };
  const shared = new Map<string, FindingImpact>();
  return (ruleId, targets, severity) => {
    const rule: RuleRisk = Object.hasOwn(ruleRisks, ruleId) ? ruleRisks[ruleId]! : unknownRuleRisk;
    if (rule.risk === 'hygiene') {
      const key = ruleId + '|' + severity;
      let impact = shared.get(key);
      if (!impact) {
        impact = impactFrom(rule.assess(targets, env), severity, context.growthFactor);
        shared.set(key, impact);
      }
      return impact;
    }
    return impactFrom(rule.assess(targets, env), severity, context.growthFactor);
  };
}

function impactFrom(assessment: ReturnType<RuleRisk['assess']>, severity: Severity, growthFactor: number): FindingImpact {
  const { risk, summary, trafficShare, rps, breaksAt, dataAtRisk, weight, rankAt } = assessment;
  const score = priorityScore({ risk, severity, trafficShare, breaksAt: rankAt ?? breaksAt, weight, growthFactor });
  return {
    risk,
    summary,
    score,
    trafficShare: trafficShare === null ? null : Math.round(trafficShare * 10_000) / 10_000,
    rps: rps === null ? null : Math.round(rps * 10) / 10,
    breaksAt,
    dataAtRisk,
  };
}
