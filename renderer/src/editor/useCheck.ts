import { useEffect, useRef, useState } from 'react';
import type { CheckResult } from '../../../shared/ipc/contract';
import type { Project } from '../../../shared/model/project';
import { tryCall } from '../api/client';
import { showCallError } from '../api/errorNotification';

/** Wait after the last edit before checking: typing stays smooth, findings follow within ~¼ s. */
export const CHECK_DEBOUNCE_MS = 200;

/**
 * Runs check:run on the project after edits settle. Responses to an older project are dropped,
 * so a slow check can never overwrite the findings of a newer edit.
 */
export function useCheck(project: Project, growthFactor: number): { check: CheckResult | null; checking: boolean } {
  const [check, setCheck] = useState<CheckResult | null>(null);
  const [checking, setChecking] = useState(false);
  const sequence = useRef(0);
  const lastError = useRef<string | null>(null);

  useEffect(() => {
    const mine = ++sequence.current;
    setChecking(true);
    const timer = setTimeout(() => {
      void tryCall('check:run', { project, growthFactor }).then((result) => {
        if (mine !== sequence.current) return;
        setChecking(false);
        if (result.ok) {
          lastError.current = null;
          setCheck(result.value);
        } else if (lastError.current !== result.error.message) {
          // One notification per distinct problem, not one per keystroke.
          lastError.current = result.error.message;
          showCallError('check:run', result.error);
        }
      });
    }, CHECK_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [project, growthFactor]);

  return { check, checking };
}
