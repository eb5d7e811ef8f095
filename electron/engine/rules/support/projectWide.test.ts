import { describe, expect, it } from 'vitest';
import { ProjectWide } from './projectWide';

describe('ProjectWide', () => {
  it('targets every member, names the first six and counts the rest', () => {
    const group = new ProjectWide();
    for (let i = 1; i <= 9; i++) group.add(`id-${i}`, group.listing ? `c${i}` : undefined, 'warning');
    const report = group.report('warning', 'm', { components: 9 });
    expect(report.components).toHaveLength(9);
    expect(report.keyTargets).toEqual([]);
    expect(report.severity).toBeUndefined();
    expect(group.names()).toBe('c1, c2, c3, c4, c5, c6 and 3 more');
  });

  it('names every member of a short list as a sentence', () => {
    const group = new ProjectWide();
    for (const name of ['a', 'b', 'c']) group.add(name, name, 'info');
    expect(group.names()).toBe('a, b and c');
  });

  it('takes the highest severity any member would have had, and leaves the default unsaid', () => {
    const infoOnly = new ProjectWide();
    infoOnly.add('a', 'a', 'info');
    expect(infoOnly.report('warning', 'm', {}).severity).toBe('info');
    const mixed = new ProjectWide();
    mixed.add('a', 'a', 'info');
    mixed.add('b', 'b', 'error');
    mixed.add('c', 'c', 'warning');
    expect(mixed.report('warning', 'm', {}).severity).toBe('error');
    expect(mixed.report('error', 'm', {}).severity).toBeUndefined();
  });
});
