import type { Finding } from '../../../shared/model/finding';
import { openFindingsInOrder } from '../findings/findingsModel';

export type ReviewScope = 'open' | 'all';

/**
 * The keys review mode steps through, in agenda order, so the first step is priority 1.
 * `known` is the open list so far in this review: findings keep their place in it after they are
 * marked (so a finding just marked stays on screen and can be reopened) and after an edit moves
 * their priority (so the presenter's next step does not jump); findings that open later are added
 * at the end. Returns `known` itself when nothing was added, so the session does not re-render.
 */
export function openReviewKeys(known: readonly string[], findings: readonly Finding[]): readonly string[] {
  const seen = new Set(known);
  const added = openFindingsInOrder(findings)
    .map((f) => f.key)
    .filter((key) => !seen.has(key));
  return added.length === 0 ? known : [...known, ...added];
}

/** "All findings" steps through every finding of the latest check in agenda order, settled ones included. */
export function allReviewKeys(findings: readonly Finding[]): readonly string[] {
  return findings.map((f) => f.key);
}
