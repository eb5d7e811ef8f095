import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChannelOutput } from '../../../shared/ipc/contract';
import { projectChanges } from '../../../shared/ipc/projectChanges';
import type { Result } from '../../../shared/ipc/result';
import type { RevisionId } from '../../../shared/model/ids';
import type { Project } from '../../../shared/model/project';
import { callOnExit, tryCall } from '../api/client';
import { showCallError } from '../api/errorNotification';
import type { SaveState } from './editorApi';

/** Wait after the last edit before saving a revision. */
export const SAVE_DEBOUNCE_MS = 800;

interface Held {
  /** The project the library holds. */
  readonly saved: Project;
  readonly phase: 'idle' | 'saving';
  /** The project shown when the last save failed: "Not saved" shows until the next edit. */
  readonly errorAt: Project | null;
}

/**
 * Saves the project as a revision after edits settle, shows the state, and flushes on leave:
 * `flush()` for in-app navigation, a keepalive request on `pagehide` for a closed tab or window.
 */
export function useAutosave(project: Project, revisionId: RevisionId, summary: () => string | null): { saveState: SaveState; flush: () => Promise<void> } {
  // What the library holds, and the state of the last save. 'saved' and 'unsaved' are derived from
  // the project at render time: an edit shows "Unsaved changes" in its own render, instead of in
  // a second render of every editor view from an effect.
  const [held, setHeld] = useState<Held>({ saved: project, phase: 'idle', errorAt: null });
  const saved = useRef<Project>(project);
  // The stored revision `saved` is: saves send only their changes to it (projects:save `since`).
  const savedRevision = useRef<RevisionId>(revisionId);
  const latest = useRef<Project>(project);
  const inFlight = useRef<Promise<void> | null>(null);
  latest.current = project;
  const summaryRef = useRef(summary);
  summaryRef.current = summary;

  const save = useCallback(async (): Promise<void> => {
    if (inFlight.current) await inFlight.current;
    const toSave = latest.current;
    if (toSave === saved.current) return;
    setHeld({ saved: saved.current, phase: 'saving', errorAt: null });
    const text = summaryRef.current();
    const summaryPart = text ? { summary: text.slice(0, 500) } : {};
    const run = saveProject(toSave, saved.current, savedRevision.current, summaryPart).then((result) => {
      if (result.ok) {
        saved.current = toSave;
        savedRevision.current = result.value.revisionId;
        setHeld({ saved: toSave, phase: 'idle', errorAt: null });
        // Edits made while this save was in flight (an undo back to an older state included)
        // have no timer of their own any more: schedule their save.
        if (latest.current !== toSave) setTimeout(() => void saveRef.current(), SAVE_DEBOUNCE_MS);
      } else {
        setHeld({ saved: saved.current, phase: 'idle', errorAt: latest.current });
        showCallError('projects:save', result.error);
      }
    });
    inFlight.current = run;
    await run;
    inFlight.current = null;
  }, []);

  const saveRef = useRef(save);
  saveRef.current = save;

  const saveState: SaveState = held.phase === 'saving' ? 'saving' : project === held.errorAt ? 'error' : project === held.saved ? 'saved' : 'unsaved';

  useEffect(() => {
    // Undo/redo can return to exactly what the library holds: nothing to save.
    if (project === saved.current) return;
    const timer = setTimeout(() => void save(), SAVE_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [project, save]);

  useEffect(() => {
    const onPageHide = () => {
      // Only the changes: small enough for a keepalive request, which outlives the page.
      if (latest.current !== saved.current) callOnExit('projects:save', { changes: projectChanges(latest.current, saved.current), since: savedRevision.current, summary: 'Saved on close' });
    };
    // No "leave this page?" prompt: the keepalive save carries the edit, and a prompt would
    // block reloads in review meetings and tests.
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      // The editor left without flush() (the address changed to another project or to the
      // library): save what is unsaved now rather than drop it with the debounce timer.
      if (latest.current !== saved.current) void saveRef.current();
    };
  }, []);

  const flush = useCallback(async () => {
    await save();
    if (latest.current !== saved.current) await save();
  }, [save]);

  return { saveState, flush };
}

/**
 * Saves `project` as the changes to `base`, stored as revision `since`; if the host cannot apply
 * them (that revision is gone, or they do not validate on it), saves the whole project instead.
 */
async function saveProject(project: Project, base: Project, since: RevisionId, summary: { summary?: string }): Promise<Result<ChannelOutput<'projects:save'>>> {
  const relative = await tryCall('projects:save', { changes: projectChanges(project, base), since, ...summary });
  if (relative.ok || (relative.error.code !== 'NOT_FOUND' && relative.error.code !== 'INVALID_INPUT')) return relative;
  return tryCall('projects:save', { project, ...summary });
}
