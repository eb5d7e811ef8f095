import { useCallback, useEffect, useRef, useState } from 'react';
import { CheckSession, type CheckRequest } from '../../../shared/ipc/checkSession';
import type { CheckResult, OpenedProject } from '../../../shared/ipc/contract';
import type { Project } from '../../../shared/model/project';
import { tryCall } from '../api/client';
import { takeOpenedCheck } from '../api/openedCheck';
import { showCallError } from '../api/errorNotification';
import { useLatest } from '../react/useLatest';

interface Shown {
  readonly check: CheckResult | null;
  /** The request the last check (or failure) answered; the UI is "checking" until it is the current one. */
  readonly answered: CheckRequest | null;
}

/**
 * Checks the project after every edit, with no debounce: a check starts at once when none is
 * running, and edits made while one runs are coalesced into the next (shared/ipc/checkSession.ts).
 * The check runs off the main thread, so typing stays smooth. Only a result for the current
 * project and growth factor is shown: a reply to an older edit never overwrites a newer one,
 * and the previous findings stay on screen until the new ones arrive.
 *
 * `opened`, the project as the host opened it, lets the first check use the one the host started
 * then. `checkEarly` starts the check of an edited project before React renders the edit, so the host
 * checks while the browser renders and paints it.
 */
export function useCheck(
  project: Project,
  growthFactor: number,
  opened?: OpenedProject,
): { check: CheckResult | null; checking: boolean; checkEarly: (project: Project) => void } {
  const [shown, setShown] = useState<Shown>({ check: null, answered: null });
  const latest = useRef<CheckRequest | null>(null);
  const session = useRef<CheckSession | null>(null);
  const lastError = useRef<string | null>(null);
  const currentFactor = useLatest(growthFactor);

  // The host started checking the project as it opened it (at the project's growth factor).
  const [openedCheck] = useState(() =>
    opened?.checkId !== undefined ? { id: opened.checkId, project: opened.project, growthFactor: opened.project.workload.growthFactor } : null,
  );

  // The first check is not started here: whoever opened the project did (the host as it opened it,
  // and App asked for its reply as soon as the project arrived: api/openedCheck.ts), so it runs
  // while React renders the diagram. The session's first request takes that reply.
  useEffect(() => {
    const mine = new CheckSession(
      {
        whole: (input) => tryCall('check:run', input),
        changes: (input) => tryCall('check:changes', input),
        // The opened project's check may have been asked for before the editor rendered (App.tsx).
        opened: (input) => takeOpenedCheck(input) ?? tryCall('check:opened', input),
      },
      (request, result) => {
        if (result.ok) {
          lastError.current = null;
          setShown({ check: result.value, answered: request });
          return;
        }
        if (lastError.current !== result.error.message) {
          // One notification per distinct problem, not one per keystroke.
          lastError.current = result.error.message;
          showCallError('check:run', result.error);
        }
        setShown((before) => ({ check: before.check, answered: request }));
      },
      openedCheck,
    );
    session.current = mine;
    if (latest.current) mine.request(latest.current);
    return () => {
      mine.dispose();
      session.current = null;
    };
    // Once per editor: the session lives as long as it does.
  }, [openedCheck]);

  const checkEarly = useCallback(
    (next: Project) => {
      const request = { project: next, growthFactor: currentFactor() };
      latest.current = request;
      session.current?.request(request);
    },
    [currentFactor],
  );

  // Covers what checkEarly did not see (the first project, a new growth factor); the session
  // ignores a request for the project and factor it was already asked to check.
  useEffect(() => {
    const request = { project, growthFactor };
    latest.current = request;
    session.current?.request(request);
  }, [project, growthFactor]);

  // Derived rather than a state set in an effect: the edit's own render already shows "checking",
  // without a second render of every editor view.
  const answered = shown.answered;
  const checking = answered === null || answered.project !== project || answered.growthFactor !== growthFactor;
  return { check: shown.check, checking, checkEarly };
}
