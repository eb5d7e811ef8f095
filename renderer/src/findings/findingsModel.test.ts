import { describe, expect, it } from 'vitest';
import { testFinding } from '../../../shared/model/testing/finding';
import { Project } from '../../../shared/model/project';
import {
  connectionSources,
  countFindings,
  countOpen,
  defaultFilter,
  evidenceLabel,
  evidenceValue,
  keepSameNames,
  matchesFilter,
  openFindingsInOrder,
  targetNames,
} from './findingsModel';

const finding = testFinding;

describe('findings model', () => {
  const findings = [
    finding({ key: 'a', checklist: 'redundancy', severity: 'info' }),
    finding({ key: 'b', checklist: 'growth', severity: 'warning', status: 'accepted-risk' }),
    finding({ key: 'c', checklist: 'redundancy', severity: 'error' }),
    finding({ key: 'd', checklist: 'growth', severity: 'error', status: 'planned' }),
  ];

  it('counts open and planned findings as open, by severity, and every status apart', () => {
    const counts = countFindings([...findings, finding({ key: 'e', severity: 'warning', status: 'fixed' })]);
    expect(counts.open).toBe(3);
    expect(counts.severity).toEqual({ error: 2, warning: 0, info: 1 });
    expect(counts.status).toEqual({ open: 2, planned: 1, fixed: 1, 'accepted-risk': 1 });
    expect(countOpen(findings)).toBe(3);
    expect(countFindings([]).open).toBe(0);
  });

  it('lists exactly the counted findings under the default filter, so the list matches the badge', () => {
    const listed = findings.filter((f) => matchesFilter(f, defaultFilter));
    expect(listed.map((f) => f.key)).toEqual(['a', 'c', 'd']);
    expect(listed).toHaveLength(countOpen(findings));
    expect(findings.filter((f) => matchesFilter(f, { severities: ['error'], statuses: ['open'] })).map((f) => f.key)).toEqual(['c']);
  });

  it('steps through open and planned findings in agenda order (the order the engine returns), not by severity', () => {
    expect(openFindingsInOrder(findings).map((f) => f.key)).toEqual(['a', 'c', 'd']);
  });

  it('maps each connection to its source component', () => {
    const project = Project.parse({
      schemaVersion: 4,
      id: '00000000-0000-4000-8000-000000000001',
      name: 'p',
      components: [
        { id: '00000000-0000-4000-8000-000000000002', name: 'web', kind: 'service' },
        { id: '00000000-0000-4000-8000-000000000003', name: 'orders-db', kind: 'database' },
      ],
      connections: [
        { id: '00000000-0000-4000-8000-000000000004', from: '00000000-0000-4000-8000-000000000002', to: '00000000-0000-4000-8000-000000000003', kind: 'read' },
      ],
    });
    expect([...connectionSources(project)]).toEqual([['00000000-0000-4000-8000-000000000004', '00000000-0000-4000-8000-000000000002']]);
  });

  it('names components and connections', () => {
    const project = Project.parse({
      schemaVersion: 4,
      id: '00000000-0000-4000-8000-000000000001',
      name: 'p',
      components: [
        { id: '00000000-0000-4000-8000-000000000002', name: 'web', kind: 'service' },
        { id: '00000000-0000-4000-8000-000000000003', name: 'orders-db', kind: 'database' },
      ],
      connections: [
        { id: '00000000-0000-4000-8000-000000000004', from: '00000000-0000-4000-8000-000000000002', to: '00000000-0000-4000-8000-000000000003', kind: 'read' },
      ],
    });
    const names = targetNames(project);
    expect(names.get('00000000-0000-4000-8000-000000000003')).toBe('orders-db');
    expect(names.get('00000000-0000-4000-8000-000000000004')).toBe('web → orders-db');
  });

  it('formats evidence for people', () => {
    expect(evidenceLabel('utilizationAtGrowth')).toBe('Utilization at growth');
    expect(evidenceValue(0.12345)).toBe('0.123');
    expect(evidenceValue(12000)).toBe('12,000');
    expect(evidenceValue(null)).toBe('none');
    expect(evidenceValue(true)).toBe('yes');
  });

  it('keeps the previous names map while no name changes, and takes the new one when one does', () => {
    const before = new Map([
      ['c1', 'web'],
      ['k1', 'web → db'],
    ]);
    expect(
      keepSameNames(
        before,
        new Map([
          ['c1', 'web'],
          ['k1', 'web → db'],
        ]),
      ),
    ).toBe(before);
    const renamed = new Map([
      ['c1', 'www'],
      ['k1', 'www → db'],
    ]);
    expect(keepSameNames(before, renamed)).toBe(renamed);
    const added = new Map([
      ['c1', 'web'],
      ['k1', 'web → db'],
      ['c2', 'db'],
    ]);
    expect(keepSameNames(before, added)).toBe(added);
    const swapped = new Map([
      ['c1', 'web'],
      ['k2', 'web → db'],
    ]);
    expect(keepSameNames(before, swapped)).toBe(swapped);
    expect(keepSameNames(null, before)).toBe(before);
  });
});
