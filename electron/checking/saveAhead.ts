import type { Project } from '../../shared/model/project';
import { modelParts, rememberJson } from '../store/modelCodec';

/** Parts written per turn of the event loop: small enough that a request arriving meanwhile hardly waits. */
const SLICE = 2000;
/** After the opened project's check and the editor's first render have had the host. */
const DELAY_MS = 1500;

/**
 * An opened project's first autosave would write its whole model's JSON, most of the save budget
 * for a large project (see modelCodec.ts); the saves after it write only what the edit changed. This writes
 * that JSON ahead, a slice per turn while the host is idle, so the first save is as cheap as the
 * rest. Unref'd timers: it never keeps a process alive.
 */
export function saveAhead(project: Project, delayMs: number = DELAY_MS): void {
  const parts = modelParts(project);
  let at = 0;
  const step = (): void => {
    rememberJson(parts.slice(at, at + SLICE));
    at += SLICE;
    if (at < parts.length) schedule(0);
  };
  const schedule = (ms: number): void => {
    setTimeout(step, ms).unref?.();
  };
  schedule(delayMs);
}
