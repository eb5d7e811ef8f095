import type { FindingImpact } from '../../../shared/model/finding';
import type { Severity } from '../../../shared/model/review';
import type { RuleContext } from '../types';
import type { Assessment, FindingTargets, RuleRisk } from './assessment';
import { ruleRisks, unknownRuleRisk } from './ruleRisks';
import { priorityScore } from './score';
import { TrafficReach } from './trafficReach';

/** The impact of one finding of a rule, from its targets and effective severity. */
export type ImpactOf = (targets: FindingTargets, severity: Severity) => FindingImpact;

/**
 * Impact estimates for the findings of one check, one rule at a time. Hygiene impacts depend
 * only on the rule and severity, so that rule's findings share one object per severity: most of
 * a large model's findings are hygiene, and a check builds none of them anew.
 */
export function impactAssessor(context: RuleContext): (ruleId: string) => ImpactOf {
  const env = { context, reach: new TrafficReach(context) };
  return (ruleId) => {
    const rule: RuleRisk = (Object.hasOwn(ruleRisks, ruleId) ? ruleRisks[ruleId] : undefined) ?? unknownRuleRisk;
    if (rule.risk !== 'hygiene') return (targets, severity) => impactFrom(rule.assess(targets, env), severity, context.growthFactor);
    const shared: Partial<Record<Severity, FindingImpact>> = {};
    return (targets, severity) => (shared[severity] ??= impactFrom(rule.assess(targets, env), severity, context.growthFactor));
  };
}

function impactFrom(assessment: Assessment, severity: Severity, growthFactor: number): FindingImpact {
  const { risk, summary, rps, breaksAt, dataAtRisk, weight, rankAt, entryPointsLost } = assessment;
  // Scored on the figures as shown, so a share too small to show counts as none.
  const trafficShare = assessment.trafficShare === null ? null : Math.round(assessment.trafficShare * 10_000) / 10_000;
  const score = priorityScore({ risk, severity, trafficShare, breaksAt: rankAt ?? breaksAt, weight, growthFactor, entryPointsLost });
  return { risk, summary, score, trafficShare, rps: rps === null ? null : Math.round(rps * 10) / 10, breaksAt, dataAtRisk };
}
