import { describe, expect, it } from 'vitest';
import type { FindingStatus } from '../../../shared/model/review';
import { leftToDecide, nextToDecide, replacesDecision } from './triage';

const statuses: Record<string, FindingStatus> = { a: 'accepted-risk', b: 'open', c: 'planned', d: 'open', e: 'fixed' };
const statusOf = (key: string) => statuses[key]!;
const keys = ['a', 'b', 'c', 'd', 'e'];

describe('triage', () => {
  it('moves on to the next undecided finding, skipping decided ones and wrapping round', () => {
    expect(nextToDecide(keys, 1, statusOf)).toBe(3);
    expect(nextToDecide(keys, 3, statusOf)).toBe(1);
    expect(nextToDecide(keys, 0, statusOf)).toBe(1);
  });

  it('stays where it is when nothing is left to decide', () => {
    const decided = (key: string): FindingStatus => (key === 'b' || key === 'd' ? 'fixed' : statusOf(key));
    expect(nextToDecide(keys, 2, decided)).toBe(2);
    expect(nextToDecide([], 0, decided)).toBe(0);
  });

  it('counts only the open findings as left to decide', () => {
    expect(leftToDecide(keys, statusOf)).toBe(2);
    expect(leftToDecide(keys, () => 'planned')).toBe(0);
  });

  it('asks before a decision is replaced by another status, not before a first decision or an edit of the same one', () => {
    expect(replacesDecision('accepted-risk', 'planned')).toBe(true);
    expect(replacesDecision('fixed', 'open')).toBe(true);
    expect(replacesDecision('planned', 'accepted-risk')).toBe(true);
    expect(replacesDecision('open', 'planned')).toBe(false);
    expect(replacesDecision('accepted-risk', 'accepted-risk')).toBe(false);
  });
});
