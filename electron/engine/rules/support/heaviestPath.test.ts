import { describe, expect, it } from 'vitest';
import type { Connection } from '../../types';
import { heaviestPaths, pathFrom, type Walk } from './heaviestPath';

function walkOver(edges: readonly [string, string, number][]): Walk {
  const connections = edges.map(([from, to, weight], i) => ({ id: `c${i}`, from, to, kind: 'sync', weight }) as unknown as Connection & { weight: number });
  return {
    next: (id) => connections.filter((c) => c.from === id),
    endOf: (c) => c.to,
    weight: (c) => (c as Connection & { weight: number }).weight,
    stop: () => 0,
    indexOf: numbering(edges.flatMap(([from, to]) => [from, to])),
  };
}

/** Numbers ids 0..n-1 in order of first appearance, as the graph numbers its components. */
function numbering(ids: readonly string[]): Map<string, number> {
  const indexOf = new Map<string, number>();
  for (const id of ids) if (!indexOf.has(id)) indexOf.set(id, indexOf.size);
  return indexOf;
}

describe('heaviestPaths', () => {
  it('finds the heaviest path and keeps the first of equal ones', () => {
    const walk = walkOver([
      ['a', 'b', 1],
      ['a', 'c', 1],
      ['b', 'd', 1],
      ['c', 'd', 5],
      ['b', 'e', 1],
    ]);
    const steps = heaviestPaths(walk, ['a']);
    expect(steps.get('a')!.weight).toBe(6);
    expect(pathFrom(steps, 'a', walk.endOf).map((c) => c.to)).toEqual(['c', 'd']);
    expect(pathFrom(steps, 'b', walk.endOf).map((c) => c.to)).toEqual(['d']);
  });

  it('ignores the connection that closes a cycle instead of looping', () => {
    const walk = walkOver([
      ['a', 'b', 1],
      ['b', 'c', 1],
      ['c', 'a', 1],
    ]);
    const steps = heaviestPaths(walk, ['a']);
    expect(steps.get('a')!.weight).toBe(2);
    expect(pathFrom(steps, 'a', walk.endOf)).toHaveLength(2);
  });

  it('treats -Infinity stops as places a path may not end', () => {
    const walk: Walk = {
      ...walkOver([
        ['x', 'entry', 1],
        ['y', 'z', 1],
      ]),
      stop: (id) => (id === 'entry' ? 0 : Number.NEGATIVE_INFINITY),
    };
    const steps = heaviestPaths(walk, ['x', 'y']);
    expect(steps.get('x')!.weight).toBe(1);
    expect(steps.get('y')!.weight).toBe(Number.NEGATIVE_INFINITY);
  });

  it('walks a chain of 50,000 components without overflowing the stack', () => {
    const chain: Connection[] = [];
    for (let i = 0; i < 50_000; i += 1) chain.push({ id: `c${i}`, from: `n${i}`, to: `n${i + 1}`, kind: 'sync' } as unknown as Connection);
    const byFrom = new Map(chain.map((c) => [c.from as string, [c]]));
    const indexOf = numbering(Array.from({ length: 50_001 }, (_, i) => `n${i}`));
    const steps = heaviestPaths({ next: (id) => byFrom.get(id) ?? [], endOf: (c) => c.to, weight: () => 1, stop: () => 0, indexOf }, ['n0']);
    expect(steps.get('n0')!.weight).toBe(50_000);
  });
});
