import { describe, expect, it } from 'vitest';
import { Project } from '../../../shared/model/project';
import type { Finding } from '../../../shared/model/finding';
import { testFinding } from '../../../shared/model/testing/finding';
import type { DecisionId } from '../../../shared/model/ids';
import { addDecision, currentStatus, localToday, setFindingStatus, validateDecision, validateStatus } from './reviewChanges';

const project = Project.parse({ schemaVersion: 4, id: '00000000-0000-4000-8000-000000000001', name: 'p', components: [], connections: [] });
const finding: Finding = testFinding({
  key: 'redundancy/single-point-of-failure|db',
  ruleId: 'redundancy/single-point-of-failure',
  checklist: 'redundancy',
  severity: 'error',
  title: 'SPOF',
  message: 'db',
});

describe('review changes', () => {
  it('accepts a risk with rationale, owner and expiry, and the result is still a valid project', () => {
    const next = setFindingStatus(
      project,
      finding.key,
      { status: 'accepted-risk', rationale: ' Failover is manual ', owner: 'Data team', expiresOn: '2027-01-31' },
      '2026-11-23T10:00:00.000Z',
    );
    expect(next.review.findings).toEqual([
      {
        key: finding.key,
        status: 'accepted-risk',
        rationale: 'Failover is manual',
        owner: 'Data team',
        expiresOn: '2027-01-31',
        history: [{ at: '2026-11-23T10:00:00.000Z', status: 'accepted-risk', note: 'Failover is manual' }],
      },
    ]);
    expect(Project.safeParse(next).success).toBe(true);
    expect(project.review.findings).toEqual([]);
  });

  it('reopening keeps the history and drops owner and expiry', () => {
    const accepted = setFindingStatus(
      project,
      finding.key,
      { status: 'accepted-risk', rationale: 'r', owner: 'o', expiresOn: '2027-01-31' },
      '2026-11-23T10:00:00.000Z',
    );
    const reopened = setFindingStatus(accepted, finding.key, { status: 'open' }, '2026-11-24T10:00:00.000Z');
    expect(reopened.review.findings).toHaveLength(1);
    expect(reopened.review.findings[0]).toEqual({
      key: finding.key,
      status: 'open',
      history: [
        { at: '2026-11-23T10:00:00.000Z', status: 'accepted-risk', note: 'r' },
        { at: '2026-11-24T10:00:00.000Z', status: 'open' },
      ],
    });
  });

  it('requires a rationale and an owner for an accepted risk, and a future expiry', () => {
    expect(validateStatus({ status: 'accepted-risk', rationale: ' ', owner: '' }, '2026-11-23')).toEqual({
      rationale: expect.any(String),
      owner: expect.any(String),
    });
    expect(validateStatus({ status: 'accepted-risk', rationale: 'r', owner: 'o', expiresOn: '2026-11-23' }, '2026-11-23')).toHaveProperty('expiresOn');
    expect(validateStatus({ status: 'accepted-risk', rationale: 'r', owner: 'o', expiresOn: '2026-11-24' }, '2026-11-23')).toEqual({});
    expect(validateStatus({ status: 'fixed' }, '2026-11-23')).toEqual({});
  });

  it('gives a planned fix an optional owner and due date, and drops them when the finding is accepted instead', () => {
    const planned = setFindingStatus(
      project,
      finding.key,
      { status: 'planned', owner: ' Data team ', dueOn: '2027-03-31', expiresOn: '2027-06-30' },
      '2026-11-23T10:00:00.000Z',
    );
    expect(planned.review.findings[0]).toMatchObject({ status: 'planned', owner: 'Data team', dueOn: '2027-03-31' });
    expect(planned.review.findings[0]).not.toHaveProperty('expiresOn');
    expect(Project.safeParse(planned).success).toBe(true);
    const bare = setFindingStatus(project, finding.key, { status: 'planned' }, '2026-11-23T10:00:00.000Z');
    expect(bare.review.findings[0]).toEqual({ key: finding.key, status: 'planned', history: [{ at: '2026-11-23T10:00:00.000Z', status: 'planned' }] });
    const accepted = setFindingStatus(planned, finding.key, { status: 'accepted-risk', rationale: 'r', owner: 'o' }, '2026-11-24T10:00:00.000Z');
    expect(accepted.review.findings[0]).not.toHaveProperty('dueOn');
    expect(validateStatus({ status: 'planned', dueOn: '2026-11-22' }, '2026-11-23')).toHaveProperty('dueOn');
    expect(validateStatus({ status: 'planned', dueOn: '2026-11-23' }, '2026-11-23')).toEqual({});
    expect(validateStatus({ status: 'planned' }, '2026-11-23')).toEqual({});
  });

  it('shows the edited status before the check returns, and re-opens expired acceptances', () => {
    expect(currentStatus(finding, project, '2026-11-23')).toBe('open');
    const planned = setFindingStatus(project, finding.key, { status: 'planned' }, '2026-11-23T10:00:00.000Z');
    expect(currentStatus(finding, planned, '2026-11-23')).toBe('planned');
    const accepted = setFindingStatus(
      project,
      finding.key,
      { status: 'accepted-risk', rationale: 'r', owner: 'o', expiresOn: '2026-12-01' },
      '2026-11-23T10:00:00.000Z',
    );
    expect(currentStatus(finding, accepted, '2026-11-30')).toBe('accepted-risk');
    expect(currentStatus(finding, accepted, '2026-12-02')).toBe('open');
  });

  it('records a decision that the schema accepts', () => {
    const id = '00000000-0000-4000-8000-0000000000aa' as DecisionId;
    const next = addDecision(project, { title: ' Keep one database ', context: 'c', decision: 'd', date: '2026-11-23', findingKeys: [finding.key] }, id);
    expect(next.review.decisions).toEqual([{ id, title: 'Keep one database', context: 'c', decision: 'd', date: '2026-11-23', findingKeys: [finding.key] }]);
    expect(Project.safeParse(next).success).toBe(true);
    expect(validateDecision({ title: '', context: '', decision: '', date: 'soon' })).toEqual({ title: expect.any(String), date: expect.any(String) });
  });

  it('formats the local date', () => {
    expect(localToday(new Date(2026, 0, 5, 12))).toBe('2026-01-05');
  });
});
