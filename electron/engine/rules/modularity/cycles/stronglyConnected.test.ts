import { describe, expect, it } from 'vitest';
import { stronglyConnected } from './stronglyConnected';

/** Compressed adjacency from a list of [from, to] pairs over n components. */
function adjacency(n: number, edges: readonly [number, number][]) {
  const offsets = new Int32Array(n + 1);
  for (const [from] of edges) offsets[from + 1]! += 1;
  for (let v = 0; v < n; v++) offsets[v + 1]! += offsets[v]!;
  const targets = new Int32Array(edges.length);
  const fill = offsets.slice(0, n);
  for (const [from, to] of edges) targets[fill[from]!++] = to;
  return [n, offsets, targets] as const;
}

describe('stronglyConnected', () => {
  it('groups mutually reachable components, ordered by their smallest member', () => {
    // 0→1→2→0, 2→3, 3⇄4
    expect(
      stronglyConnected(
        ...adjacency(5, [
          [0, 1],
          [1, 2],
          [2, 0],
          [2, 3],
          [3, 4],
          [4, 3],
        ]),
      ),
    ).toEqual([
      [0, 1, 2],
      [3, 4],
    ]);
  });

  it('keeps acyclic components as groups of one', () => {
    expect(
      stronglyConnected(
        ...adjacency(3, [
          [0, 1],
          [1, 2],
        ]),
      ),
    ).toEqual([[0], [1], [2]]);
  });

  it('handles a 50,000-long cycle without overflowing the stack', () => {
    const n = 50_000;
    const edges = Array.from({ length: n }, (_, i) => [i, (i + 1) % n] as [number, number]);
    const groups = stronglyConnected(...adjacency(n, edges));
    expect(groups).toHaveLength(1);
    expect(groups[0]).toHaveLength(n);
  });
});
