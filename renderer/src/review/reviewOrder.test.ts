import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/model/finding';
import { testFinding } from '../../../shared/model/testing/finding';
import { allReviewKeys, openReviewKeys } from './reviewOrder';

function finding(key: string, status: Finding['status'] = 'open', severity: Finding['severity'] = 'warning'): Finding {
  return testFinding({ key, severity, title: key, message: '', status });
}

describe('review order', () => {
  const agenda = [
    finding('p1', 'open', 'info'),
    finding('p2', 'accepted-risk', 'error'),
    finding('p3', 'planned'),
    finding('p4', 'open', 'error'),
    finding('p5', 'fixed'),
  ];

  it('starts at priority 1 and steps through open and planned findings in agenda order', () => {
    expect(openReviewKeys([], agenda)).toEqual(['p1', 'p3', 'p4']);
  });

  it('keeps a marked finding in its place and adds findings that open later at the end', () => {
    const started = openReviewKeys([], agenda);
    const marked = [finding('p1', 'fixed'), ...agenda.slice(1)];
    expect(openReviewKeys(started, marked)).toBe(started);
    // An edit adds a finding that outranks the rest: it joins the end, so the presenter's place holds.
    const edited = [finding('p0'), ...marked];
    expect(openReviewKeys(started, edited)).toEqual(['p1', 'p3', 'p4', 'p0']);
  });

  it('steps through every finding in agenda order in "all findings"', () => {
    expect(allReviewKeys(agenda)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
  });
});
