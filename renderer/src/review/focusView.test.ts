import { describe, expect, it } from 'vitest';
import { Project } from '../../../shared/model/project';
import type { Finding } from '../../../shared/model/finding';
import { testFinding } from '../../../shared/model/testing/finding';
import { focusView } from './focusView';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const project = Project.parse({
  schemaVersion: 4,
  id: id(99),
  name: 'shop',
  components: [
    { id: id(1), name: 'web', kind: 'service' },
    { id: id(2), name: 'orders', kind: 'service' },
    { id: id(3), name: 'orders-db', kind: 'database' },
    { id: id(4), name: 'admin', kind: 'service' },
    { id: id(5), name: 'unrelated', kind: 'cache' },
  ],
  connections: [
    { id: id(11), from: id(1), to: id(2), kind: 'sync' },
    { id: id(12), from: id(2), to: id(3), kind: 'write' },
    { id: id(13), from: id(4), to: id(3), kind: 'read' },
    { id: id(14), from: id(1), to: id(5), kind: 'read' },
  ],
});
const finding = (components: string[], connections: string[] = []): Finding =>
  testFinding({ key: 'k', ruleId: 'r', checklist: 'redundancy', severity: 'error', title: 't', message: 'm', targets: { components, connections } });

describe('focus view', () => {
  it('puts callers left, the finding’s components in the middle and callees right', () => {
    const view = focusView(project, finding([id(2)]));
    expect(view.nodes.map((n) => [n.name, n.column, n.target])).toEqual([
      ['web', 0, false],
      ['orders', 1, true],
      ['orders-db', 2, false],
    ]);
    expect(view.edges.map((e) => e.kind)).toEqual(['sync', 'write']);
  });

  it('treats a connection finding as concerning both ends and marks the connection', () => {
    const view = focusView(project, finding([], [id(12)]));
    expect(
      view.nodes
        .filter((n) => n.target)
        .map((n) => n.name)
        .sort(),
    ).toEqual(['orders', 'orders-db']);
    expect(view.edges.find((e) => e.target)).toMatchObject({ from: id(2), to: id(3) });
    expect(view.nodes.map((n) => n.name)).not.toContain('unrelated');
  });

  it('caps each column and counts what it left out', () => {
    const view = focusView(project, finding([id(3)]), 1);
    expect(view.nodes.filter((n) => n.column === 0)).toHaveLength(1);
    expect(view.hidden).toEqual([1, 0, 0]);
  });
});
