import { useEffect, useMemo, useState } from 'react';
import type { Finding } from '../../../shared/model/finding';
import { openFindingsInOrder, sortBySeverity } from '../findings/findingsModel';

export type ReviewScope = 'open' | 'all';

export interface ReviewSession {
  /** Keys being stepped through, in order. */
  readonly keys: readonly string[];
  readonly index: number;
  readonly currentKey: string | null;
  /** The current finding, or null when an edit made it disappear. */
  readonly current: Finding | null;
  go(index: number): void;
  step(direction: 1 | -1): void;
}

/**
 * The list a review steps through. In "open" scope it holds every finding that was open when the
 * review started plus any that opened since, so a finding just marked stays on screen (and can
 * be reopened) instead of vanishing under the presenter.
 */
export function useReviewSession(findings: readonly Finding[] | null, scope: ReviewScope): ReviewSession {
  const [openKeys, setOpenKeys] = useState<string[]>([]);
  const [index, setIndex] = useState(0);

  useEffect(() => {
    if (!findings) return;
    const fresh = openFindingsInOrder(findings).map((f) => f.key);
    setOpenKeys((known) => {
      const added = fresh.filter((key) => !known.includes(key));
      return added.length === 0 ? known : [...known, ...added];
    });
  }, [findings]);

  const keys = useMemo(
    () => (scope === 'open' ? openKeys : sortBySeverity(findings ?? []).map((f) => f.key)),
    [scope, openKeys, findings],
  );
  const byKey = useMemo(() => new Map((findings ?? []).map((f) => [f.key, f])), [findings]);
  const clamped = Math.min(index, Math.max(0, keys.length - 1));
  const currentKey = keys[clamped] ?? null;

  return {
    keys,
    index: clamped,
    currentKey,
    current: currentKey ? byKey.get(currentKey) ?? null : null,
    go: (next) => setIndex(Math.max(0, Math.min(keys.length - 1, next))),
    step: (direction) => setIndex(Math.max(0, Math.min(keys.length - 1, clamped + direction))),
  };
}
