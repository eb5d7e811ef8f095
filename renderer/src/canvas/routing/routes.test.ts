import { describe, expect, it } from 'vitest';
import { crossesBoxes, directRoute, routeAll, type Route } from './routes';
import type { Rect } from './geometry';

const box = (x: number, y: number): Rect => ({ x, y, width: 200, height: 72 });
const bends = (route: Route) => route.points.length - 2;
const orthogonal = (route: Route) => route.points.every((p, i) => i === 0 || p.x === route.points[i - 1]!.x || p.y === route.points[i - 1]!.y);

describe('routes', () => {
  it('connects two boxes side by side straight across, from the facing sides', () => {
    const routes = routeAll(
      new Map([
        ['a', box(0, 0)],
        ['b', box(400, 0)],
      ]),
      [{ id: 'c', from: 'a', to: 'b' }],
    );
    const route = routes.get('c')!;
    expect(route).toMatchObject({ fromSide: 'right', toSide: 'left' });
    expect(route.points).toEqual([
      { x: 200, y: 36 },
      { x: 400, y: 36 },
    ]);
  });

  it('goes round a box in the way instead of through it', () => {
    const boxes = new Map([
      ['a', box(0, 0)],
      ['b', box(800, 0)],
      ['wall', box(400, -40)],
    ]);
    const route = routeAll(boxes, [{ id: 'c', from: 'a', to: 'b' }]).get('c')!;
    expect(orthogonal(route)).toBe(true);
    expect(crossesBoxes(route.points, boxes.values())).toBe(false);
  });

  it('enters a box on the left of its caller from the facing side, not by looping round it', () => {
    const route = routeAll(
      new Map([
        ['a', box(600, 0)],
        ['b', box(0, 200)],
      ]),
      [{ id: 'c', from: 'a', to: 'b' }],
    ).get('c')!;
    expect(route.fromSide === 'left' || route.fromSide === 'bottom').toBe(true);
    expect(route.toSide === 'right' || route.toSide === 'top').toBe(true);
    expect(bends(route)).toBeLessThanOrEqual(2);
  });

  it('spreads connections that share a side, in the order of their other ends, so they do not overlap', () => {
    const boxes = new Map([
      ['lb', box(0, 200)],
      ['w1', box(400, 0)],
      ['w2', box(400, 200)],
      ['w3', box(400, 400)],
    ]);
    const routes = routeAll(boxes, [
      { id: 'c3', from: 'lb', to: 'w3' },
      { id: 'c1', from: 'lb', to: 'w1' },
      { id: 'c2', from: 'lb', to: 'w2' },
    ]);
    const starts = ['c1', 'c2', 'c3'].map((id) => routes.get(id)!.points[0]!);
    expect(new Set(starts.map((p) => p.y)).size).toBe(3);
    expect(starts[0]!.y).toBeLessThan(starts[1]!.y);
    expect(starts[1]!.y).toBeLessThan(starts[2]!.y);
    for (const route of routes.values()) expect(crossesBoxes(route.points, boxes.values())).toBe(false);
  });

  it('never crosses a box on a crowded grid', () => {
    const boxes = new Map<string, Rect>();
    for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) boxes.set(`n${i}${j}`, box(i * 300, j * 150));
    const requests = [
      { id: 'a', from: 'n00', to: 'n44' },
      { id: 'b', from: 'n40', to: 'n04' },
      { id: 'c', from: 'n22', to: 'n02' },
      { id: 'd', from: 'n13', to: 'n31' },
    ];
    const routes = routeAll(boxes, requests);
    for (const request of requests) {
      const route = routes.get(request.id)!;
      expect(orthogonal(route), request.id).toBe(true);
      const others = [...boxes].filter(([id]) => id !== request.from && id !== request.to).map(([, b]) => b);
      expect(crossesBoxes(route.points, others), request.id).toBe(false);
    }
  });

  it('routes a large diagram directly, from facing sides', () => {
    const route = directRoute(box(0, 0), box(400, 100));
    expect(route).toMatchObject({ fromSide: 'right', toSide: 'left' });
    expect(route.points).toEqual([
      { x: 200, y: 36 },
      { x: 300, y: 36 },
      { x: 300, y: 136 },
      { x: 400, y: 136 },
    ]);
    expect(directRoute(box(0, 0), box(0, 300))).toMatchObject({ fromSide: 'bottom', toSide: 'top' });
  });

  it('routes 100 connections among 60 boxes quickly (timing is for information; budgets are measured by bench:ui)', () => {
    const boxes = new Map<string, Rect>();
    for (let i = 0; i < 60; i++) boxes.set(`n${i}`, box((i % 8) * 300, Math.floor(i / 8) * 160));
    const requests = Array.from({ length: 100 }, (_, k) => ({ id: `c${k}`, from: `n${(k * 7) % 60}`, to: `n${(k * 13 + 5) % 60}` }));
    const started = performance.now();
    const routes = routeAll(boxes, requests);
    const elapsed = performance.now() - started;
    console.log(`routed ${routes.size} connections among 60 boxes in ${Math.round(elapsed)} ms`);
    for (const request of requests) {
      if (request.from === request.to) continue;
      const others = [...boxes].filter(([id]) => id !== request.from && id !== request.to).map(([, b]) => b);
      expect(crossesBoxes(routes.get(request.id)!.points, others), request.id).toBe(false);
    }
  });
});
