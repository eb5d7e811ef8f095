import { describe, expect, it } from 'vitest';
import type { ProjectSummary } from '../../../shared/ipc/contract';
import { arrangeProjects, timeAgo } from './librarySort';

function summary(name: string, updatedAt: string, lastOpenedAt: string | null, description?: string): ProjectSummary {
  return {
    id: `00000000-0000-4000-8000-${name.padStart(12, '0').slice(-12)}` as ProjectSummary['id'],
    name,
    ...(description ? { description } : {}),
    componentCount: 0,
    connectionCount: 0,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt,
    lastOpenedAt,
    revisionCount: 1,
  };
}

const projects = [
  summary('Shop', '2026-03-01T00:00:00Z', null, 'Online shop checkout'),
  summary('billing', '2026-02-01T00:00:00Z', '2026-02-02T00:00:00Z'),
  summary('Auth', '2026-01-01T00:00:00Z', '2026-04-01T00:00:00Z'),
];

describe('library arrangement', () => {
  it('sorts by last opened, never-opened last', () => {
    expect(arrangeProjects(projects, '', 'opened').map((p) => p.name)).toEqual(['Auth', 'billing', 'Shop']);
  });
  it('sorts by update and by name (case-insensitive)', () => {
    expect(arrangeProjects(projects, '', 'updated').map((p) => p.name)).toEqual(['Shop', 'billing', 'Auth']);
    expect(arrangeProjects(projects, '', 'name').map((p) => p.name)).toEqual(['Auth', 'billing', 'Shop']);
  });
  it('searches name and description, every word', () => {
    expect(arrangeProjects(projects, 'checkout', 'name').map((p) => p.name)).toEqual(['Shop']);
    expect(arrangeProjects(projects, 'shop online', 'name').map((p) => p.name)).toEqual(['Shop']);
    expect(arrangeProjects(projects, 'nothing', 'name')).toEqual([]);
  });
  it('formats relative times', () => {
    const now = Date.parse('2026-04-01T12:00:00Z');
    expect(timeAgo(null, now)).toBe('Never');
    expect(timeAgo('2026-04-01T11:57:00Z', now)).toBe('3 minutes ago');
    expect(timeAgo('2026-03-31T12:00:00Z', now)).toBe('yesterday');
    expect(timeAgo('2026-04-01T11:59:59Z', now)).toBe('just now');
  });
});
