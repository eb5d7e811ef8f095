import type { FindingStatus } from '../../../shared/model/review';

/**
 * How review mode moves through a meeting: after a decision it goes on to the next finding the
 * room has not decided yet, it asks before one decision replaces another, and its counter says
 * how many are left. Pure, over the session's keys and a status per key.
 */
export type StatusOf = (key: string) => FindingStatus;

/** A finding is left to decide while it is open: planned, fixed and accepted ones have a decision. */
export function isUndecided(status: FindingStatus): boolean {
  return status === 'open';
}

/**
 * The index of the next undecided finding after `from`, wrapping round to the start; `from`
 * itself when none is left (the view stays on the finding just decided).
 */
export function nextToDecide(keys: readonly string[], from: number, statusOf: StatusOf): number {
  for (let step = 1; step < keys.length; step++) {
    const index = (from + step) % keys.length;
    if (isUndecided(statusOf(keys[index]!))) return index;
  }
  return from;
}

/** How many findings of the session are still undecided. */
export function leftToDecide(keys: readonly string[], statusOf: StatusOf): number {
  let left = 0;
  for (const key of keys) if (isUndecided(statusOf(key))) left++;
  return left;
}

/**
 * Whether setting `next` would replace a decision already recorded (a different status over
 * fixed, planned or accepted risk): the room is asked first, so one stray key cannot drop an
 * accepted risk's rationale and owner. Changing the details of the same status (accepting again
 * with the form prefilled) is no replacement.
 */
export function replacesDecision(current: FindingStatus, next: FindingStatus): boolean {
  return !isUndecided(current) && current !== next;
}
