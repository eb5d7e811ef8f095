import type { OpenedProject } from '../../shared/ipc/contract';
import type { RevisionId } from '../../shared/model/ids';
import { createCheckReplies, type CheckReplies } from './checkReplies';
import { saveAhead } from './saveAhead';

/** What the handlers ask of checking: run a check, and start one for a project being opened. */
export interface Checking {
  readonly run: CheckReplies;
  /** The opened project with the id of its first check, which has already started. */
  readonly opened: (opened: OpenedProject) => OpenedProject;
}

export interface CheckingOptions {
  /** The transport sends replies as JSON text (the web host): replies prepared ahead are encoded ahead too. */
  readonly repliesAsJson?: boolean;
  /**
   * Starts the check of a project being opened somewhere else (the web host's check thread, see
   * electron/host/lanes) and returns the id it will answer to. Without it the check runs here.
   */
  readonly startOpenedCheck?: (projectId: string, revisionId: RevisionId) => string;
  /** The check channels' state (the checks held for relative replies), when the caller needs it too. */
  readonly checkReplies?: CheckReplies;
}

/**
 * An opened project goes to an editor whose first act is to check it, so that check starts as the
 * project is opened, and soon after, while the user looks, its first autosave is prepared.
 */
export function createChecking({ repliesAsJson = false, startOpenedCheck, checkReplies }: CheckingOptions = {}): Checking {
  const replies = checkReplies ?? createCheckReplies({ repliesAsJson });
  return {
    run: replies,
    opened: (opened) => {
      const checkId = startOpenedCheck
        ? startOpenedCheck(opened.project.id, opened.revisionId)
        : replies.startOpened(opened.project, `${opened.project.id}@${opened.revisionId}`);
      saveAhead(opened.project);
      return { ...opened, checkId };
    },
  };
}
