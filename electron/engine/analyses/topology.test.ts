import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../testing/modelBuilder';
import { edgesOf, isCyclic, prepareInput, stronglyConnected } from './topology';

describe('topology', () => {
  it('finds strongly connected components, sinks first, without recursion', () => {
    const m = new ModelBuilder();
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((n) => m.component(n, 'service'));
    m.connect(a!, b!);
    m.connect(b!, c!);
    m.connect(c!, b!);
    m.connect(c!, d!);
    m.connect(d!, d!);
    m.connect(a!, d!, 'replication');
    const input = prepareInput(m.build());
    const edges = edgesOf(input, (connection) => connection.kind === 'sync');
    // replication was filtered out: a has one edge
    expect(edges.offsets[1]! - edges.offsets[0]!).toBe(1);
    const { members, sccOf } = stronglyConnected(4, edges.offsets, edges.targets);
    // {d} is the sink, then {b, c}, then {a}
    expect(members.map((s) => [...s].sort())).toEqual([[3], [1, 2], [0]]);
    expect(sccOf[1]).toBe(sccOf[2]);
    expect(isCyclic(members[0]!, edges.offsets, edges.targets)).toBe(true); // d's self-loop
    expect(isCyclic(members[1]!, edges.offsets, edges.targets)).toBe(true);
    expect(isCyclic(members[2]!, edges.offsets, edges.targets)).toBe(false);
  });

  it('keeps a bad growth factor finite and at least 1', () => {
    const project = new ModelBuilder().build();
    expect(prepareInput(project, undefined, Number.NaN).growthFactor).toBe(1);
    expect(prepareInput(project, undefined, 0.5).growthFactor).toBe(1);
    expect(prepareInput(project, undefined, 1000).growthFactor).toBe(1000);
  });
});
