/**
 * Undo history over whole snapshots of the edited value. Snapshots are cheap because edits
 * copy only what they change (structural sharing), and they make undo exact for every kind of
 * edit, property edits included.
 */
export interface HistoryStep<T> {
  readonly label: string;
  readonly before: T;
  readonly after: T;
  /** Edits with the same key in quick succession merge into this step (typing in one field). */
  readonly coalesceKey?: string;
  readonly at: number;
}

export interface History<T> {
  readonly present: T;
  readonly past: readonly HistoryStep<T>[];
  readonly future: readonly HistoryStep<T>[];
}

/** Typing pauses shorter than this stay in one undo step. */
export const COALESCE_MS = 1000;
const MAX_STEPS = 200;

export function createHistory<T>(present: T): History<T> {
  return { present, past: [], future: [] };
}

export function record<T>(history: History<T>, label: string, next: T, now: number, coalesceKey?: string): History<T> {
  if (next === history.present) return history;
  const last = history.past.at(-1);
  if (coalesceKey !== undefined && last?.coalesceKey === coalesceKey && now - last.at < COALESCE_MS && history.future.length === 0) {
    const merged: HistoryStep<T> = { ...last, after: next, at: now };
    return { present: next, past: [...history.past.slice(0, -1), merged], future: [] };
  }
  const step: HistoryStep<T> = { label, before: history.present, after: next, at: now, ...(coalesceKey !== undefined ? { coalesceKey } : {}) };
  const past = history.past.length >= MAX_STEPS ? history.past.slice(1) : history.past;
  return { present: next, past: [...past, step], future: [] };
}

export function undo<T>(history: History<T>): History<T> {
  const step = history.past.at(-1);
  if (!step) return history;
  // A redone step must not merge with later typing: drop its coalesce key.
  const { coalesceKey: _dropped, ...plain } = step;
  return { present: step.before, past: history.past.slice(0, -1), future: [plain, ...history.future] };
}

export function redo<T>(history: History<T>): History<T> {
  const step = history.future[0];
  if (!step) return history;
  return { present: step.after, past: [...history.past, step], future: history.future.slice(1) };
}

/** Replaces the present without an undo step (e.g. a restore from the server). */
export function reset<T>(present: T): History<T> {
  return createHistory(present);
}
