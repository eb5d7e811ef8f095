import { describe, expect, it } from 'vitest';
import { stronglyConnected } from './stronglyConnected';

function graph(edges: Record<string, string[]>) {
  return (id: string) => edges[id] ?? [];
}

describe('stronglyConnected', () => {
  it('groups mutually reachable components, in input order', () => {
    const groups = stronglyConnected(['a', 'b', 'c', 'd', 'e'], graph({ a: ['b'], b: ['c'], c: ['a', 'd'], d: ['e'], e: ['d'] }));
    expect(groups).toEqual([['a', 'b', 'c'], ['d', 'e']]);
  });

  it('keeps acyclic components as groups of one and ignores unknown targets', () => {
    expect(stronglyConnected(['x', 'y'], graph({ x: ['y', 'ghost'] }))).toEqual([['x'], ['y']]);
  });

  it('handles a 50,000-long cycle without overflowing the stack', () => {
    const ids = Array.from({ length: 50_000 }, (_, i) => `n${i}`);
    const groups = stronglyConnected(ids, (id) => [`n${(Number(id.slice(1)) + 1) % ids.length}`]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toHaveLength(50_000);
  });
});
