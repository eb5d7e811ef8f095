import { describe, expect, it } from 'vitest';
import type { Finding, FindingImpact } from '../model/finding';
import { CheckReply, decodeCheckReply, encodeCheckReply, sameFinding, sameJson, type SentFinding } from './checkReply';
import type { CheckResult } from './contract';

const outage: FindingImpact = {
  risk: 'outage',
  summary: 'takes down 100% of traffic (200 req/s) until it is restarted',
  score: 84,
  trafficShare: 1,
  rps: 200,
  breaksAt: null,
  dataAtRisk: null,
};
const hygiene: FindingImpact = {
  risk: 'hygiene',
  summary: 'a slow dependency ties up its callers',
  score: 2,
  trafficShare: null,
  rps: null,
  breaksAt: null,
  dataAtRisk: null,
};

describe('sameFinding', () => {
  const finding: Finding = {
    key: 'spof|db',
    ruleId: 'spof',
    checklist: 'redundancy',
    severity: 'error',
    title: 'Single point of failure',
    message: 'db runs as one instance',
    targets: { components: ['db'], connections: [] },
    evidence: { instances: 1, zone: 'a', managed: false, limit: null },
    assumed: ['capacity'],
    status: 'open',
    impact: outage,
  };
  // Each a copy of `finding` with one difference: every field sameFinding must look at.
  const variants: Finding[] = [
    { ...finding, key: 'spof|db2' },
    { ...finding, ruleId: 'other' },
    { ...finding, checklist: 'growth' },
    { ...finding, severity: 'warning' },
    { ...finding, title: 'Other' },
    { ...finding, message: 'db runs as two instances' },
    { ...finding, targets: { components: ['db', 'web'], connections: [] } },
    { ...finding, targets: { components: ['db'], connections: ['c1'] } },
    { ...finding, evidence: { ...finding.evidence, instances: 2 } },
    { ...finding, evidence: { ...finding.evidence, extra: 0 } },
    { ...finding, evidence: { instances: 1, zone: 'a', managed: false } },
    { ...finding, evidence: { ...finding.evidence, limit: 0 } },
    { ...finding, assumed: [] },
    { ...finding, status: 'accepted-risk' },
    { ...finding, review: { key: 'spof|db', status: 'accepted-risk', rationale: 'known', history: [] } as never },
    // every figure of the impact
    { ...finding, impact: { ...outage, risk: 'capacity' } },
    { ...finding, impact: { ...outage, summary: 'takes down 50% of traffic' } },
    { ...finding, impact: { ...outage, score: 83.9 } },
    { ...finding, impact: { ...outage, trafficShare: 0.5 } },
    { ...finding, impact: { ...outage, rps: 100 } },
    { ...finding, impact: { ...outage, breaksAt: 2 } },
    { ...finding, impact: { ...outage, dataAtRisk: 1 } },
  ];

  it('agrees with sameJson on equal copies and on every single difference', () => {
    const copy: Finding = JSON.parse(JSON.stringify(finding)) as Finding;
    expect(sameFinding(finding, copy)).toBe(true);
    expect(sameFinding({ ...finding, evidence: { ...finding.evidence, gone: undefined } } as unknown as Finding, copy)).toBe(true);
    for (const variant of variants) {
      expect(sameJson(finding, variant)).toBe(false);
      expect(sameFinding(finding, variant)).toBe(false);
      expect(sameFinding(variant, finding)).toBe(false);
    }
  });
});

describe('sameJson', () => {
  it('compares values as JSON would write them', () => {
    expect(sameJson({ a: 1, b: [1, 'x', null, { c: true }] }, { b: [1, 'x', null, { c: true }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1, gone: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, gone: undefined })).toBe(true);
  });

  it('tells apart any difference', () => {
    expect(sameJson({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(sameJson([1, 2], [1, 2, 3])).toBe(false);
    expect(sameJson([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameJson({ a: null }, { a: 0 })).toBe(false);
    expect(sameJson({ a: '1' }, { a: 1 })).toBe(false);
    expect(sameJson({ a: [] }, { a: {} })).toBe(false);
  });
});

describe('CheckReply schema', () => {
  it('takes an index or a whole entry, and no other kind of value', () => {
    const reply = {
      id: 'r2',
      base: 'r1',
      findings: [0, 2],
      rules: {},
      staleWaivers: [],
      ruleCount: 40,
      durationMs: 3,
      analyses: {
        load: { components: [1], loops: [] },
        growth: { growthFactor: 10, targetUtilization: 0.7, components: [0], breaksFirst: null, rewrites: 0, scaleOuts: 0 },
        availability: { components: [0], entryPoints: [] },
        spof: { spofs: [] },
        paths: { entryPoints: [], stores: [] },
      },
    };
    expect(CheckReply.safeParse(reply).success).toBe(true);
    expect(CheckReply.safeParse({ ...reply, findings: [-1] }).success).toBe(false);
    expect(CheckReply.safeParse({ ...reply, findings: [1.5] }).success).toBe(false);
    expect(CheckReply.safeParse({ ...reply, findings: ['0'] }).success).toBe(false);
  });
});

describe('findings sent whole', () => {
  const plain: Finding = {
    key: 'growth/x|a',
    ruleId: 'growth/x',
    checklist: 'growth',
    severity: 'warning',
    title: 'Breaks at the target',
    message: 'a breaks at 3×',
    targets: { components: ['a'], connections: [] },
    evidence: {},
    assumed: [],
    status: 'open',
    impact: hygiene,
  };
  // Its key sorts the targets (b before c), unlike the order the rule listed them in.
  const sortedKey: Finding = { ...plain, key: 'growth/x|b|c', message: 'c and b', targets: { components: ['c', 'b'], connections: [] } };
  const reviewed: Finding = {
    ...plain,
    key: 'paths/y|a|ab',
    ruleId: 'paths/y',
    checklist: 'async',
    title: 'Long chain',
    message: 'a calls b',
    targets: { components: ['a'], connections: ['ab'] },
    evidence: { hops: 4 },
    assumed: ['capacity of a'],
    status: 'accepted-risk',
    review: { key: 'paths/y|a|ab', status: 'accepted-risk', rationale: 'known', history: [] },
  };
  // Same rule and severity as `plain`, another impact (a copy of it would be left out).
  const ownImpact: Finding = { ...plain, key: 'growth/x|d', targets: { components: ['d'], connections: [] }, impact: outage };
  const sameImpact: Finding = { ...plain, key: 'growth/x|e', targets: { components: ['e'], connections: [] }, impact: { ...hygiene } };
  const result: CheckResult = {
    findings: [plain, sortedKey, reviewed, ownImpact, sameImpact],
    analyses: {
      load: { components: [], loops: [] },
      growth: { growthFactor: 10, targetUtilization: 0.7, components: [], breaksFirst: null, rewrites: 0, scaleOuts: 0 },
      availability: { components: [], entryPoints: [] },
      spof: { spofs: [] },
      paths: { entryPoints: [], stores: [] },
    },
    staleWaivers: [],
    ruleCount: 2,
    durationMs: 1,
  };

  it('leave out what the caller rebuilds, and decode to exactly the findings the engine made', () => {
    const reply: CheckReply = JSON.parse(JSON.stringify(encodeCheckReply(result, 'r1')));
    expect(CheckReply.safeParse(reply).success).toBe(true);
    const [first, second, third, fourth, fifth] = reply.findings as SentFinding[];
    // Rule label once per rule, with the impact of its first finding of each severity; no key,
    // checklist, title, impact equal to the label's, empty evidence, assumed or 'open' status.
    expect(reply.rules).toEqual({
      'growth/x': { checklist: 'growth', title: 'Breaks at the target', impacts: { warning: hygiene } },
      'paths/y': { checklist: 'async', title: 'Long chain', impacts: { warning: hygiene } },
    });
    expect(first).toEqual({ ruleId: 'growth/x', severity: 'warning', message: 'a breaks at 3×', targets: { components: ['a'], connections: [] } });
    // A key that is not the targets joined in order is sent.
    expect(second!.key).toBe('growth/x|b|c');
    expect(third).toMatchObject({ evidence: { hops: 4 }, assumed: ['capacity of a'], status: 'accepted-risk', review: { rationale: 'known' } });
    expect(third!.key).toBeUndefined();
    expect(fourth!.impact).toEqual(outage);
    expect(fifth!.impact).toBeUndefined();
    expect(decodeCheckReply(reply, null)!.findings).toEqual(result.findings);
  });

  it('refuses a reply whose rule has no label', () => {
    const reply = JSON.parse(JSON.stringify(encodeCheckReply(result, 'r1'))) as CheckReply;
    expect(() => decodeCheckReply({ ...reply, rules: {} }, null)).toThrow(/no checklist and title for rule growth\/x/);
  });

  it('refuses a finding sent without an impact when its label has none for its severity', () => {
    const reply = JSON.parse(JSON.stringify(encodeCheckReply(result, 'r1'))) as CheckReply;
    const rules = { ...reply.rules, 'growth/x': { checklist: 'growth' as const, title: 'Breaks at the target' } };
    expect(() => decodeCheckReply({ ...reply, rules }, null)).toThrow(/no impact for a warning finding of rule growth\/x/);
  });
});
