import { describe, expect, it } from 'vitest';
import type { ComponentMarks } from './canvasMarks';
import { COMPONENT_HEIGHT, COMPONENT_WIDTH } from '../diagram/geometry';
import { componentsInside, fittedViewport, overviewFill, overviewPaths, OVERVIEW_PATH_CELL, type OverviewConnection, type OverviewPath } from './overview';

const positions = new Map([
  ['a', { x: 0, y: 0 }],
  ['b', { x: 400, y: 100 }],
  ['c', { x: 800, y: 0 }],
]);

describe('overviewPaths', () => {
  const connections: OverviewConnection[] = [
    { id: 'ab', from: 'a', to: 'b', kind: 'sync' },
    { id: 'bc', from: 'b', to: 'c', kind: 'async' },
    { id: 'ca', from: 'c', to: 'a', kind: 'replication' },
    { id: 'ax', from: 'a', to: 'missing', kind: 'sync' },
  ];

  const of = (paths: readonly OverviewPath[], line: string): string =>
    paths
      .filter((path) => path.line === line)
      .map((path) => path.d)
      .join('');

  it('draws each connection once, in a path of its line style, between the facing sides', () => {
    const paths = overviewPaths(connections, positions, new Set());
    // a's right side (200, 36) to b's left side (400, 136), turning in the middle of the gap.
    expect(of(paths, 'solid')).toBe('M200,36L300,36L300,136L400,136');
    expect(of(paths, 'solid').match(/M/g)).toHaveLength(1); // the connection to a missing component is left out
    expect(of(paths, 'dashed').match(/M/g)).toHaveLength(1);
    expect(of(paths, 'dotted').match(/M/g)).toHaveLength(1);
    expect(of(paths, 'selected')).toBe('');
  });

  it('draws selected connections in their own path, last (on top)', () => {
    const paths = overviewPaths(connections, positions, new Set(['bc']));
    expect(of(paths, 'dashed')).toBe('');
    expect(of(paths, 'selected').startsWith('M600,136')).toBe(true);
    expect(paths.at(-1)!.line).toBe('selected');
  });

  it('groups connections by the cells their ends span, so a path stays near what it draws', () => {
    const far = new Map([
      ...positions,
      ['d', { x: 5 * OVERVIEW_PATH_CELL, y: 3 * OVERVIEW_PATH_CELL }],
      ['e', { x: 5 * OVERVIEW_PATH_CELL + 400, y: 3 * OVERVIEW_PATH_CELL }],
    ]);
    const paths = overviewPaths(
      [...connections, { id: 'de', from: 'd', to: 'e', kind: 'sync' }, { id: 'ab2', from: 'a', to: 'b', kind: 'write' }],
      far,
      new Set(),
    );
    const solid = paths.filter((path) => path.line === 'solid');
    // a→b twice (sync and write: both solid) in one path; d→e, five cells away, in another.
    expect(solid).toHaveLength(2);
    expect(solid.map((path) => path.d.match(/M/g)!.length).sort()).toEqual([1, 2]);
    expect(new Set(paths.map((path) => path.key)).size).toBe(paths.length);
  });
});

describe('fittedViewport', () => {
  const options = { minZoom: 0.02, maxZoom: 1, padding: 0.2 };

  it('fits the bounds of components and zones into the canvas', () => {
    const viewport = fittedViewport(positions, new Map(), 1000, 500, options);
    // Bounds 1000 × 172 px; width is the limit: 1000 / (1000 × 1.2) ≈ 0.833.
    expect(viewport.zoom).toBeCloseTo(1000 / 1200, 2);
    const centreX = viewport.x + 500 * viewport.zoom;
    expect(centreX).toBeCloseTo(500, 0);
  });

  it('never zooms past the maximum for a small diagram, and includes zone boxes', () => {
    const one = new Map([['a', { x: 0, y: 0 }]]);
    expect(fittedViewport(one, new Map(), 1000, 500, options).zoom).toBe(1);
    const withZone = fittedViewport(one, new Map([['z', { x: -5000, y: 0, width: 10_000, height: 100 }]]), 1000, 500, options);
    expect(withZone.zoom).toBeLessThan(0.1);
  });

  it('keeps the default view for an empty project or a canvas with no size', () => {
    expect(fittedViewport(new Map(), new Map(), 1000, 500, options)).toEqual({ x: 0, y: 0, zoom: 1 });
    expect(fittedViewport(positions, new Map(), 0, 0, options)).toEqual({ x: 0, y: 0, zoom: 1 });
  });
});

describe('componentsInside', () => {
  it('takes the components wholly inside the box, as React Flow takes nodes', () => {
    // a spans 0..W × 0..H, b 400..400+W × 100..100+H, c 800..800+W × 0..H.
    expect(componentsInside(positions, { x: 0, y: 0, width: 400 + COMPONENT_WIDTH, height: 100 + COMPONENT_HEIGHT })).toEqual(new Set(['a', 'b']));
    // One unit short of b's right edge: b is only partly inside.
    expect(componentsInside(positions, { x: 0, y: 0, width: 400 + COMPONENT_WIDTH - 1, height: 100 + COMPONENT_HEIGHT })).toEqual(new Set(['a']));
    expect(componentsInside(positions, { x: 900, y: 500, width: 10, height: 10 })).toEqual(new Set());
  });
});

describe('overviewFill', () => {
  const marks = (over: Partial<ComponentMarks>): ComponentMarks => ({
    badge: null,
    highlight: 'findings',
    band: null,
    utilization: null,
    spof: false,
    ...over,
  });

  it('fills with the worst open finding, or a light kind colour when there is none', () => {
    expect(overviewFill('database', marks({ badge: { severity: 'error', count: 2, ruleIds: ['x'] } }), false)).toEqual({
      fill: 'var(--mantine-color-red-filled)',
      stroke: 'var(--mantine-color-red-filled)',
    });
    expect(overviewFill('database', undefined, false).fill).toMatch(/^var\(--mantine-color-\w+-light\)$/);
  });

  it('follows the highlight: utilization band, SPOF; and the primary colour when selected', () => {
    expect(overviewFill('service', marks({ highlight: 'utilization', band: 'high', utilization: 0.9 }), false).fill).toBe('var(--mantine-color-orange-filled)');
    expect(overviewFill('service', marks({ highlight: 'spof', spof: true }), false).fill).toBe('var(--mantine-color-red-filled)');
    expect(overviewFill('service', marks({ highlight: 'spof' }), false).fill).toBe('var(--mantine-color-gray-filled)');
    expect(overviewFill('service', marks({ highlight: 'spof', spof: true }), true)).toEqual({
      fill: 'var(--mantine-primary-color-filled)',
      stroke: 'var(--mantine-color-text)',
    });
  });
});
