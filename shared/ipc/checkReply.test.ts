import { describe, expect, it } from 'vitest';
import { CheckReply, sameJson } from './checkReply';

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
      id: 'r2', base: 'r1', findings: [0, 2], staleWaivers: [], ruleCount: 40, durationMs: 3,
      analyses: {
        load: { components: [1], cycles: [] },
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
