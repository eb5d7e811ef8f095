import { describe, expect, it } from 'vitest';
import type { ComponentGrowth } from '../../../shared/model/analysis';
import {
  barHeadroom,
  headroomBar,
  factorMarks,
  factorToPosition,
  formatGb,
  headroomColor,
  headroomRows,
  joinWords,
  positionToFactor,
  utilizationBand,
} from './growthModel';
import { formatFactor } from '../../../shared/model/growthFactor';

function growth(componentId: string, headroom: number | null, instancesNeeded: number | null = 2): ComponentGrowth {
  return {
    componentId,
    rateAtGrowth: 1,
    utilizationAtGrowth: 0.5,
    instancesNeeded,
    headroom,
    verdict: 'ok',
    blockers: [],
    redesigns: [],
    instances: 1,
    allowedInstances: null,
    dataSizeGb: null,
    dataAtGrowthGb: null,
    dataAtHorizonGb: null,
    singleNodeLimitGb: null,
    dataOutgrowsNode: false,
  };
}

describe('growth slider scale', () => {
  it('maps every mark to a position and back', () => {
    for (const mark of factorMarks) expect(positionToFactor(factorToPosition(mark))).toBe(mark);
  });

  it('puts 10× in the middle and clamps the ends', () => {
    expect(factorToPosition(10)).toBe(50);
    expect(positionToFactor(-5)).toBe(1);
    expect(positionToFactor(500)).toBe(100);
  });

  it('snaps near a mark and rounds elsewhere to two digits', () => {
    expect(positionToFactor(15)).toBe(2);
    expect(positionToFactor(25)).toBe(3.2);
    expect(positionToFactor(75)).toBe(32);
  });
});

describe('growth wording', () => {
  it('formats factors, sizes and lists', () => {
    expect(formatFactor(3.2)).toBe('3.2×');
    expect(formatFactor(12.4)).toBe('12×');
    expect(formatGb(800)).toBe('800 GB');
    expect(formatGb(4200)).toBe('4.2 TB');
    expect(joinWords(['a', 'b', 'c'])).toBe('a, b and c');
    expect(joinWords(['a'])).toBe('a');
  });

  it('bands utilization by the legend thresholds', () => {
    expect(utilizationBand(0.49, 0.7)).toBe('low');
    expect(utilizationBand(0.6, 0.7)).toBe('moderate');
    expect(utilizationBand(0.7, 0.7)).toBe('high');
    expect(utilizationBand(0.95, 0.7)).toBe('critical');
  });
});

describe('headroom chart rows', () => {
  const names = new Map([
    ['a', 'api'],
    ['b', 'orders-db'],
    ['c', 'cdn'],
    ['d', 'users'],
  ]);

  it('puts the smallest headroom first, draws unbounded ones full length and skips clients', () => {
    const rows = headroomRows([growth('a', 12), growth('b', 3.2), growth('c', null), growth('d', null, null)], names, 10);
    expect(rows.map((r) => r.name)).toEqual(['orders-db', 'api', 'cdn']);
    expect(rows[2]).toMatchObject({ bar: 100, headroom: null, unbounded: true, label: 'unbounded' });
    expect(rows[0]!.label).toBe('3.2×');
  });

  it('limits the number of rows', () => {
    expect(headroomRows([growth('a', 12), growth('b', 3.2)], names, 1)).toHaveLength(1);
  });

  it('draws bars on the slider’s log scale, with a sliver for components already past the target', () => {
    expect(headroomBar(10)).toBe(50);
    expect(headroomBar(1000)).toBe(100);
    expect(headroomBar(0.4)).toBe(1.5);
    expect(barHeadroom(50)).toBeCloseTo(10);
  });

  it('colors bars by whether they last to the planned factor', () => {
    expect(headroomColor(0.8, 10)).toBe('red.6');
    expect(headroomColor(3, 10)).toBe('orange.6');
    expect(headroomColor(12, 10)).toBe('teal.6');
    expect(headroomColor(null, 10)).toBe('teal.6');
  });
});
