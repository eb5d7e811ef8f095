// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { pictureRegion, viewPicture, type PicturePalette } from './viewPicture';

const palette: PicturePalette = {
  background: '#fff',
  surface: '#fff',
  text: '#111',
  dimmed: '#666',
  border: '#ccc',
  line: '#777',
  zoneFill: '#eef',
  zoneBorder: '#99a',
  noteFill: '#ffd',
  noteBorder: '#cc9',
};

describe('view picture', () => {
  const input = {
    region: { x: -40, y: -80, width: 800, height: 400 },
    components: [
      { id: 'a', name: 'Web <shop> & co', detail: 'Service · Node.js', instances: 2, accent: '#228be6' },
      { id: 'b', name: 'Orders database', detail: 'Database', instances: 1, accent: '#4c6ef5' },
      { id: 'far', name: 'Far away', detail: 'Service', instances: 1, accent: '#228be6' },
    ],
    positions: new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 400, y: 0 }],
      ['far', { x: 5000, y: 5000 }],
    ]),
    zones: [{ name: 'AZ a', box: { x: -24, y: -52, width: 248, height: 148 } }],
    connections: [{ d: 'M200,36L400,36', kind: 'write' as const, label: 'write ×0.5', labelAt: { x: 300, y: 36 } }],
    notes: [{ x: 0, y: 200, width: 220, height: 80, text: 'Owned by the payments team' }],
    palette,
  };

  it('is well-formed SVG with the components in view, escaped, and none outside it', () => {
    const svg = viewPicture(input);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelectorAll('g[data-kind="component"]')).toHaveLength(2);
    expect(svg).toContain('Web &lt;shop&gt; &amp; co');
    expect(svg).not.toContain('Far away');
    expect(svg).toContain('write ×0.5');
    expect(svg).toContain('AZ A');
    expect(svg).toContain('Owned by the payments team');
    expect(doc.documentElement.getAttribute('viewBox')).toBe('-40 -80 800 400');
  });

  it('shows the part of the diagram in view, or all of it when none is', () => {
    expect(pictureRegion({ x: 0, y: 0, width: 500, height: 500 }, { x: 100, y: 100, width: 1000, height: 100 })).toEqual({
      x: 76,
      y: 76,
      width: 424,
      height: 148,
    });
    expect(pictureRegion({ x: 5000, y: 5000, width: 500, height: 500 }, { x: 100, y: 100, width: 1000, height: 100 })).toEqual({
      x: 76,
      y: 76,
      width: 1048,
      height: 148,
    });
  });
});
