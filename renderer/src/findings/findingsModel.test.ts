import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/model/finding';
import { Project } from '../../../shared/model/project';
import {
  countFindings, defaultFilter, evidenceLabel, evidenceValue, groupByChecklist, keepSameNames, matchesFilter,
  openFindingsInOrder, targetNames,
} from './findingsModel';

function finding(fields: Partial<Finding> & Pick<Finding, 'key'>): Finding {
  return {
    ruleId: 'growth/saturated-now', checklist: 'growth', severity: 'warning', title: 'T', message: 'M',
    targets: { components: [], connections: [] }, evidence: {}, assumed: [], status: 'open', ...fields,
  };
}

describe('findings model', () => {
  const findings = [
    finding({ key: 'a', checklist: 'redundancy', severity: 'info' }),
    finding({ key: 'b', checklist: 'growth', severity: 'warning', status: 'accepted-risk' }),
    finding({ key: 'c', checklist: 'redundancy', severity: 'error' }),
    finding({ key: 'd', checklist: 'growth', severity: 'error', status: 'planned' }),
  ];

  it('groups in catalog order with the worst first inside each group', () => {
    const groups = groupByChecklist(findings);
    expect(groups.map((g) => g.checklist)).toEqual(['growth', 'redundancy']);
    expect(groups[0]!.findings.map((f) => f.key)).toEqual(['d', 'b']);
    expect(groups[1]!.findings.map((f) => f.key)).toEqual(['c', 'a']);
  });

  it('counts severities of unresolved findings and every status', () => {
    const counts = countFindings(findings);
    expect(counts.severity).toEqual({ error: 2, warning: 0, info: 1 });
    expect(counts.status).toEqual({ open: 2, planned: 1, fixed: 0, 'accepted-risk': 1 });
  });

  it('hides accepted risks under the default filter', () => {
    expect(findings.filter((f) => matchesFilter(f, defaultFilter)).map((f) => f.key)).toEqual(['a', 'c', 'd']);
    expect(findings.filter((f) => matchesFilter(f, { severities: ['error'], statuses: ['open'] })).map((f) => f.key)).toEqual(['c']);
  });

  it('steps through open findings worst first', () => {
    expect(openFindingsInOrder(findings).map((f) => f.key)).toEqual(['c', 'a']);
  });

  it('names components and connections', () => {
    const project = Project.parse({
      schemaVersion: 2, id: '00000000-0000-4000-8000-000000000001', name: 'p',
      components: [
        { id: '00000000-0000-4000-8000-000000000002', name: 'web', kind: 'service' },
        { id: '00000000-0000-4000-8000-000000000003', name: 'orders-db', kind: 'database' },
      ],
      connections: [{ id: '00000000-0000-4000-8000-000000000004', from: '00000000-0000-4000-8000-000000000002', to: '00000000-0000-4000-8000-000000000003', kind: 'read' }],
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
    const before = new Map([['c1', 'web'], ['k1', 'web → db']]);
    expect(keepSameNames(before, new Map([['c1', 'web'], ['k1', 'web → db']]))).toBe(before);
    const renamed = new Map([['c1', 'www'], ['k1', 'www → db']]);
    expect(keepSameNames(before, renamed)).toBe(renamed);
    const added = new Map([['c1', 'web'], ['k1', 'web → db'], ['c2', 'db']]);
    expect(keepSameNames(before, added)).toBe(added);
    const swapped = new Map([['c1', 'web'], ['k2', 'web → db']]);
    expect(keepSameNames(before, swapped)).toBe(swapped);
    expect(keepSameNames(null, before)).toBe(before);
  });
});
