import type { Finding, FindingImpact } from '../finding';

/** An impact estimate with nothing at stake: for tests of code that does not read impacts. */
export const noImpact: FindingImpact = { risk: 'hygiene', summary: '', score: 0, trafficShare: null, rps: null, breaksAt: null, dataAtRisk: null };

/** A finding as a check returns it, open and without evidence unless `fields` say otherwise. */
export function testFinding(fields: Partial<Finding> & Pick<Finding, 'key'>): Finding {
  return {
    ruleId: 'growth/saturated-now',
    checklist: 'growth',
    severity: 'warning',
    title: 'T',
    message: 'M',
    targets: { components: [], connections: [] },
    evidence: {},
    assumed: [],
    status: 'open',
    impact: noImpact,
    ...fields,
  };
}
