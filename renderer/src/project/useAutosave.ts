import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { projectChanges } from '../../../shared/ipc/projectChanges';
import { keepAsNewRevision, saveEdits, type SaveOutcome } from '../../../shared/ipc/revisionSave';
import type { RevisionId } from '../../../shared/model/ids';
import type { Project } from '../../../shared/model/project';
import { api, callOnExit } from '../api/client';
import { showCallError } from '../api/errorNotification';
import type { SaveState } from './editorApi';

/** Wait after the last edit before saving a revision. */
export const SAVE_DEBOUNCE_MS = 800;

interface Held {
  /** The project the library holds. */
  readonly saved: Project;
  readonly phase: 'idle' | 'saving' | 'conflict';
  /** The project shown when the last save failed: "Not saved" shows until the next edit. */
  readonly errorAt: Project | null;
  /** Why saving stopped, while phase is 'conflict'. */
  readonly conflict: string | null;
}

/** Another window or process saved the project after this editor's revision: the user decides. */
export interface SaveConflict {
  readonly message: string;
  /** Drops this editor's unsaved edits and opens the latest revision instead. */
  reloadTheirs(): void;
  /** Saves this editor's project as a new revision on top of the latest one. */
  keepMine(): Promise<void>;
}

/**
 * Saves the project as a revision after edits settle, shows the state, and flushes on leave:
 * `flush()` for in-app navigation, a keepalive request on `pagehide` for a closed tab or window.
 * A save refused because the project changed elsewhere stops autosave until the user resolves
 * the conflict (reload theirs, or keep mine as a new revision): nothing is overwritten silently.
 */
export function useAutosave(
  project: Project,
  revisionId: RevisionId,
  summary: () => string | null,
  reload: () => void,
  /** A shared review's participant: the host refuses their saves, so none is attempted. */
  readOnly = false,
): { saveState: SaveState; flush: () => Promise<void>; conflict: SaveConflict | null } {
  // What the library holds, and the state of the last save. 'saved' and 'unsaved' are derived from
  // the project at render time: an edit shows "Unsaved changes" in its own render, instead of in
  // a second render of every editor view from an effect.
  const [held, setHeld] = useState<Held>({ saved: project, phase: 'idle', errorAt: null, conflict: null });
  const saved = useRef<Project>(project);
  // The stored revision `saved` is: saves send only their changes to it (projects:save `since`).
  const savedRevision = useRef<RevisionId>(revisionId);
  const latest = useRef<Project>(project);
  const inFlight = useRef<Promise<void> | null>(null);
  const inConflict = useRef(false);
  const summaryRef = useRef(summary);
  const readOnlyRef = useRef(readOnly);
  // The save below, for the settle before it and for the unmount (set with the others after each commit).
  const saveRef = useRef<() => Promise<void>>(() => Promise.resolve());

  const settle = useCallback((toSave: Project, result: SaveOutcome): void => {
    if (result.status === 'saved') {
      saved.current = toSave;
      savedRevision.current = result.revisionId;
      inConflict.current = false;
      setHeld({ saved: toSave, phase: 'idle', errorAt: null, conflict: null });
      // Edits made while this save was in flight (an undo back to an older state included)
      // have no timer of their own any more: schedule their save.
      if (latest.current !== toSave) setTimeout(() => void saveRef.current(), SAVE_DEBOUNCE_MS);
    } else if (result.status === 'conflict') {
      inConflict.current = true;
      setHeld({ saved: saved.current, phase: 'conflict', errorAt: null, conflict: result.message });
    } else {
      setHeld({ saved: saved.current, phase: 'idle', errorAt: latest.current, conflict: null });
      showCallError('projects:save', result.error);
    }
  }, []);

  const save = useCallback(async (): Promise<void> => {
    if (inFlight.current) await inFlight.current;
    const toSave = latest.current;
    if (toSave === saved.current || inConflict.current || readOnlyRef.current) return;
    setHeld({ saved: saved.current, phase: 'saving', errorAt: null, conflict: null });
    const text = summaryRef.current();
    const run = saveEdits(api, toSave, saved.current, savedRevision.current, text ? text.slice(0, 500) : undefined).then((result) => settle(toSave, result));
    inFlight.current = run;
    await run;
    inFlight.current = null;
  }, [settle]);

  const saveState: SaveState = readOnly
    ? 'saved'
    : held.phase === 'conflict'
      ? 'conflict'
      : held.phase === 'saving'
        ? 'saving'
        : project === held.errorAt
          ? 'error'
          : project === held.saved
            ? 'saved'
            : 'unsaved';

  useEffect(() => {
    // Undo/redo can return to exactly what the library holds: nothing to save.
    if (project === saved.current) return;
    const timer = setTimeout(() => void save(), SAVE_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [project, save]);

  useEffect(() => {
    const onPageHide = () => {
      // Only the changes: small enough for a keepalive request, which outlives the page. The host
      // refuses them if another window saved meanwhile, as it refuses any stale save.
      if (latest.current !== saved.current && !inConflict.current && !readOnlyRef.current) {
        callOnExit('projects:save', {
          changes: projectChanges(latest.current, saved.current),
          since: savedRevision.current,
          summary: 'Saved on close',
          autosave: true,
        });
      }
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

  const reloadRef = useRef(reload);
  // What the callbacks above act on, as of the latest committed render (never a render React
  // discarded): taken before the browser paints, so before any event or timer can read it.
  useLayoutEffect(() => {
    latest.current = project;
    summaryRef.current = summary;
    readOnlyRef.current = readOnly;
    saveRef.current = save;
    reloadRef.current = reload;
  });
  const conflict: SaveConflict | null =
    held.phase === 'conflict' && held.conflict !== null
      ? {
          message: held.conflict,
          reloadTheirs: () => {
            // What the user chose to drop must not be saved on the way out.
            saved.current = latest.current;
            reloadRef.current();
          },
          keepMine: async () => {
            const toSave = latest.current;
            setHeld({ saved: saved.current, phase: 'saving', errorAt: null, conflict: null });
            settle(toSave, await keepAsNewRevision(api, toSave));
          },
        }
      : null;

  return { saveState, flush, conflict };
}
