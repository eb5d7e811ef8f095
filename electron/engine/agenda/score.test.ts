import { describe, expect, it } from 'vitest';
import { priorityScore, type ScoreInput } from './score';

const G = 10;
const score = (input: Partial<ScoreInput> & Pick<ScoreInput, 'risk'>) =>
  priorityScore({ severity: 'warning', trafficShare: 1, breaksAt: null, weight: 1, growthFactor: G, ...input });

describe('priority score', () => {
  const spofAll = score({ risk: 'outage', weight: 0.8 });
  const spofTiny = score({ risk: 'outage', trafficShare: 0.01, weight: 0.8 });
  const mainDatabaseLost = score({ risk: 'data-loss', weight: 1, trafficShare: 1 });
  const sideStoreLost = score({ risk: 'data-loss', weight: 1, trafficShare: 0.02 });
  const breaksSoon = score({ risk: 'capacity', breaksAt: 1.2 });
  const breaksAtThree = score({ risk: 'capacity', breaksAt: 3 });
  const breaksBeyond = score({ risk: 'capacity', breaksAt: 25 });
  const hygieneError = score({ risk: 'hygiene', severity: 'error' });

  it('ranks the whole traffic lost above everything else', () => {
    expect(spofAll).toBe(84);
    expect(spofAll).toBeGreaterThan(mainDatabaseLost);
    expect(score({ risk: 'outage', weight: 1 })).toBe(100);
  });

  it('keeps a SPOF for 1% of traffic below losing the main database, but above a limit past the growth target', () => {
    expect(spofTiny).toBeLessThan(mainDatabaseLost);
    expect(spofTiny).toBeGreaterThan(breaksBeyond);
  });

  it('treats a store that breaks at 1.2× as urgent: with the worst outages, above data loss', () => {
    expect(breaksSoon).toBeGreaterThan(80);
    expect(breaksSoon).toBeGreaterThan(mainDatabaseLost);
    expect(breaksSoon).toBeGreaterThan(breaksAtThree);
  });

  it('ranks sooner breaks first, and barely counts one beyond the growth factor', () => {
    const multiples = [0.5, 1, 1.5, 2, 5, 10, 20, 100];
    const scores = multiples.map((m) => score({ risk: 'capacity', breaksAt: m }));
    for (let i = 1; i < scores.length; i++) expect(scores[i]!, `at ${multiples[i]}×`).toBeLessThanOrEqual(scores[i - 1]!);
    expect(breaksBeyond).toBeLessThanOrEqual(15);
    expect(score({ risk: 'capacity', breaksAt: 10 })).toBeGreaterThan(breaksBeyond);
  });

  it('puts the main database before a side store, and any data loss before hygiene', () => {
    expect(mainDatabaseLost).toBeGreaterThan(sideStoreLost);
    expect(sideStoreLost).toBeGreaterThan(hygieneError);
    expect(breaksBeyond).toBeGreaterThan(hygieneError);
  });

  it('scores every risk above every hygiene finding, however small', () => {
    const smallest = [
      score({ risk: 'capacity', breaksAt: 1e9, trafficShare: 0 }),
      score({ risk: 'outage', trafficShare: 0, weight: 0 }),
      score({ risk: 'data-loss', trafficShare: 0, weight: 0.3 }),
    ];
    for (const s of smallest) expect(s).toBeGreaterThan(hygieneError);
  });

  it('orders hygiene by severity alone', () => {
    expect([
      score({ risk: 'hygiene', severity: 'error' }),
      score({ risk: 'hygiene', severity: 'warning' }),
      score({ risk: 'hygiene', severity: 'info' }),
    ]).toEqual([3, 2, 1]);
    expect(score({ risk: 'hygiene', trafficShare: 0 })).toBe(score({ risk: 'hygiene', trafficShare: 1 }));
  });

  it('ranks a limit passed further today higher', () => {
    expect(score({ risk: 'capacity', breaksAt: 1 })).toBe(90);
    expect(score({ risk: 'capacity', breaksAt: 0.5 })).toBe(95);
    expect(score({ risk: 'capacity', breaksAt: 0 })).toBe(100);
  });

  it('gives an outage of no traffic little weight, unless whole entry points go down', () => {
    expect(score({ risk: 'outage', trafficShare: 0, weight: 1 })).toBe(5);
    expect(score({ risk: 'outage', trafficShare: 0, weight: 1, entryPointsLost: true })).toBe(20);
    expect(score({ risk: 'outage', trafficShare: 0, weight: 1 })).toBeGreaterThan(hygieneError);
  });

  it('counts an unknown traffic share as half', () => {
    expect(score({ risk: 'outage', trafficShare: null, weight: 1 })).toBe(score({ risk: 'outage', trafficShare: 0.5, weight: 1 }));
  });
});
