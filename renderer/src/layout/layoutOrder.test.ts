import { describe, expect, it } from 'vitest';
import { barycentricOrder } from './layoutOrder';

describe('barycentric order for large layouts', () => {
  it('puts callers in earlier layers than what they call, also across a cycle', () => {
    const order = barycentricOrder(
      ['api', 'db', 'web', 'worker'],
      [
        { from: 'web', to: 'api' },
        { from: 'api', to: 'db' },
        { from: 'api', to: 'worker' },
        { from: 'worker', to: 'api' }, // closes a cycle: one of the two edges must point back
      ],
    );
    expect(order.get('web')!.layer).toBe(0);
    expect(order.get('api')!.layer).toBe(1);
    expect(order.get('db')!.layer).toBe(2);
    expect(order.get('worker')!.layer).toBe(2);
  });

  it('puts a component nobody calls just before its nearest callee, not in the first layer', () => {
    const order = barycentricOrder(
      ['a', 'b', 'c', 'd', 'x'],
      [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'c' },
        { from: 'c', to: 'd' },
        { from: 'x', to: 'd' },
        { from: 'x', to: 'c' },
      ],
    );
    expect(order.get('a')!.layer).toBe(0);
    expect(order.get('c')!.layer).toBe(2);
    expect(order.get('x')!.layer).toBe(1);
  });

  it('uncrosses two edges that cross in the input order', () => {
    // Input order a, b over c, d with a→d and b→c draws an X; the order must swap c and d.
    const order = barycentricOrder(
      ['a', 'b', 'c', 'd'],
      [
        { from: 'a', to: 'd' },
        { from: 'b', to: 'c' },
      ],
    );
    const above = (x: string, y: string) => order.get(x)!.position < order.get(y)!.position;
    expect(above('a', 'b')).toBe(above('d', 'c'));
  });

  it('gives every node a place inside its layer, the same one on every run', () => {
    const nodes = Array.from({ length: 30 }, (_, i) => `n${i}`);
    const edges = nodes.slice(1).map((to, i) => ({ from: nodes[Math.floor(i / 3)]!, to }));
    const first = barycentricOrder(nodes, edges);
    expect([...first.keys()]).toEqual(nodes);
    for (const { position } of first.values()) expect(position > 0 && position < 1).toBe(true);
    expect(barycentricOrder(nodes, edges)).toEqual(first);
  });

  it('ignores self-loops and edges to unknown nodes', () => {
    const order = barycentricOrder(
      ['a', 'b'],
      [
        { from: 'a', to: 'a' },
        { from: 'a', to: 'ghost' },
        { from: 'a', to: 'b' },
      ],
    );
    expect(order.get('b')!.layer).toBe(1);
  });
});
