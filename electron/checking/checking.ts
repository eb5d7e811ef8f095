import type { OpenedProject } from '../../shared/ipc/contract';
import { createCheckReplies, type CheckReplies } from './checkReplies';
import { saveAhead } from './saveAhead';

/** What the handlers ask of checking: run a check, and start one for a project being opened. */
export interface Checking {
  readonly run: CheckReplies;
  /** The opened project with the id of its first check, which has already started. */
  readonly opened: (opened: OpenedProject) => OpenedProject;
}

/**
 * An opened project goes to an editor whose first act is to check it, so that check starts as the
 * project is opened, and soon after, while the user looks, its first autosave is prepared.
 */
export function createChecking({ repliesAsJson = false }: { readonly repliesAsJson?: boolean } = {}): Checking {
  const replies = createCheckReplies({ repliesAsJson });
  return {
    run: replies,
    opened: (opened) => {
      const checkId = replies.startOpened(opened.project, `${opened.project.id}@${opened.revisionId}`);
      saveAhead(opened.project);
      return { ...opened, checkId };
    },
  };
}
