import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/model/finding';
import { testFinding } from '../../../shared/model/testing/finding';
import { agendaRanks, groupFindings, type GroupingNames } from './findingGroups';
import { impactOf } from './findingImpact';

function finding(fields: Partial<Finding> & Pick<Finding, 'key'>, components: string[] = [], connections: string[] = []): Finding {
  return testFinding({ targets: { components, connections }, ...fields });
}

const lookup: GroupingNames = {
  names: new Map([
    ['web', 'web'],
    ['db', 'orders-db'],
    ['cache', 'session-cache'],
    ['k1', 'web → db'],
  ]),
  connectionSources: new Map([['k1', 'web']]),
};

// The engine's order is the agenda: a warning can outrank an error when it risks more.
const agenda = [
  finding({ key: 'spof', checklist: 'redundancy', severity: 'warning' }, ['db']),
  finding({ key: 'saturated', checklist: 'growth', severity: 'error' }, ['db', 'web']),
  finding({ key: 'timeout', checklist: 'resilience', severity: 'warning' }, [], ['k1']),
  finding({ key: 'expiry', checklist: 'caching', severity: 'info' }, ['cache']),
  finding({ key: 'too-many', checklist: 'simplicity', severity: 'info' }),
  finding({ key: 'autoscale', checklist: 'growth', severity: 'warning' }, ['web']),
];
const keys = (findings: readonly Finding[]) => findings.map((f) => f.key);

describe('finding groups', () => {
  it('ranks every finding by its position in the engine list, 1 first', () => {
    const ranks = agendaRanks(agenda);
    expect(agenda.map((f) => ranks.get(f.key))).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('lists the agenda as one group in the engine order, whatever the severities', () => {
    const groups = groupFindings(agenda, 'agenda', lookup);
    expect(groups).toHaveLength(1);
    expect(keys(groups[0]!.findings)).toEqual(['spof', 'saturated', 'timeout', 'expiry', 'too-many', 'autoscale']);
    expect(groupFindings([], 'agenda', lookup)).toEqual([]);
  });

  it('groups by checklist in catalog order, agenda order inside each', () => {
    const groups = groupFindings(agenda, 'checklist', lookup);
    expect(groups.map((g) => [g.label, keys(g.findings)])).toEqual([
      ['Growth', ['saturated', 'autoscale']],
      ['Redundancy', ['spof']],
      ['Caching', ['expiry']],
      ['Resilience', ['timeout']],
      ['Simplicity', ['too-many']],
    ]);
  });

  it('groups by component, most urgent component first, a shared finding under each of its components', () => {
    const groups = groupFindings(agenda, 'component', lookup);
    expect(groups.map((g) => [g.label, g.componentId, keys(g.findings)])).toEqual([
      ['orders-db', 'db', ['spof', 'saturated']],
      ['web', 'web', ['saturated', 'timeout', 'autoscale']],
      ['session-cache', 'cache', ['expiry']],
      ['Whole model', undefined, ['too-many']],
    ]);
    // Every listed finding appears; counted once, the groups hold exactly the input.
    expect(new Set(groups.flatMap((g) => keys(g.findings)))).toEqual(new Set(keys(agenda)));
  });

  it('lists a finding that names one component twice only once under it', () => {
    const twice = finding({ key: 'cycle' }, ['web', 'db', 'web']);
    expect(groupFindings([twice], 'component', lookup).map((g) => [g.componentId, keys(g.findings)])).toEqual([
      ['web', ['cycle']],
      ['db', ['cycle']],
    ]);
  });

  it('names a component that no longer exists instead of dropping its findings', () => {
    expect(groupFindings([finding({ key: 'x' }, ['gone'])], 'component', lookup)[0]).toMatchObject({
      label: 'Missing component',
      findings: [expect.objectContaining({ key: 'x' })],
    });
  });
});

describe('impact on the agenda', () => {
  it('reads the impact estimate when the engine attaches one', () => {
    const withImpact = { ...finding({ key: 'a' }), impact: { risk: 'outage', summary: 'takes down 100% of traffic (200 req/s)', score: 9 } } as Finding;
    expect(impactOf(withImpact)).toEqual({ risk: 'outage', summary: 'takes down 100% of traffic (200 req/s)' });
  });

  it('shows nothing without an estimate, and no risk label for a kind it does not know', () => {
    expect(impactOf(finding({ key: 'a' }))).toBeNull();
    expect(impactOf({ ...finding({ key: 'a' }), impact: { summary: '  ' } } as unknown as Finding)).toBeNull();
    expect(impactOf({ ...finding({ key: 'a' }), impact: { risk: 'cost', summary: 'costs more' } } as unknown as Finding)).toEqual({
      risk: null,
      summary: 'costs more',
    });
  });
});
