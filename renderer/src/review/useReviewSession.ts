import { useMemo, useState } from 'react';
import type { Finding } from '../../../shared/model/finding';
import { allReviewKeys, openReviewKeys, type ReviewScope } from './reviewOrder';

export type { ReviewScope } from './reviewOrder';

export interface ReviewSession {
  /** Keys being stepped through, in order. */
  readonly keys: readonly string[];
  readonly index: number;
  readonly currentKey: string | null;
  /** The current finding, or null when an edit made it disappear. */
  readonly current: Finding | null;
  go(index: number): void;
  /** Shows the finding with this key once it is in the list (after a change of scope). */
  goToKey(key: string): void;
  step(direction: 1 | -1): void;
}

/** The list a review steps through (see reviewOrder.ts) and the position in it. */
export function useReviewSession(findings: readonly Finding[] | null, scope: ReviewScope): ReviewSession {
  const [openKeys, setOpenKeys] = useState<readonly string[]>(() => (findings ? openReviewKeys([], findings) : []));
  const [index, setIndex] = useState(0);
  const [wanted, setWanted] = useState<string | null>(null);
  // Each new check adds the findings it opened, in the same render that shows the check.
  const [listed, setListed] = useState(findings);
  if (findings !== listed) {
    setListed(findings);
    if (findings) setOpenKeys((known) => openReviewKeys(known, findings));
  }

  const keys = useMemo(() => (scope === 'open' ? openKeys : allReviewKeys(findings ?? [])), [scope, openKeys, findings]);
  const byKey = useMemo(() => new Map((findings ?? []).map((f) => [f.key, f])), [findings]);
  const wantedIndex = wanted === null ? -1 : keys.indexOf(wanted);
  const clamped = wantedIndex >= 0 ? wantedIndex : Math.min(index, Math.max(0, keys.length - 1));
  const currentKey = keys[clamped] ?? null;

  return {
    keys,
    index: clamped,
    currentKey,
    current: currentKey ? (byKey.get(currentKey) ?? null) : null,
    go: (next) => {
      setWanted(null);
      setIndex(Math.max(0, Math.min(keys.length - 1, next)));
    },
    goToKey: setWanted,
    step: (direction) => {
      setWanted(null);
      setIndex(Math.max(0, Math.min(keys.length - 1, clamped + direction)));
    },
  };
}
