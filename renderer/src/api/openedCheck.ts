import type { ChannelInput } from '../../../shared/ipc/contract';
import type { CheckReply } from '../../../shared/ipc/checkReply';
import type { Result } from '../../../shared/ipc/result';
import { tryCall } from './client';

/**
 * The reply to the check the host started as it opened a project (OpenedProject.checkId),
 * asked for as soon as the project is in hand rather than once the editor has rendered: the
 * 2 MB reply of a 1,000-component project then travels while React builds the editor. The
 * editor's check session takes it (useCheck). One at a time: a newer open replaces it.
 */
let waiting: { readonly checkId: string; readonly reply: Promise<Result<CheckReply>> } | null = null;

export function requestOpenedCheck(checkId: string | undefined): void {
  if (checkId === undefined || waiting?.checkId === checkId) return;
  waiting = { checkId, reply: tryCall('check:opened', { checkId }) };
}

/**
 * The reply asked for early, if this check:opened input asks for that check; undefined otherwise.
 * Either way it is let go: the editor's first check takes it or does not need it (it checks
 * another growth factor, or the project changed first), and a 2 MB reply is not kept for nothing.
 */
export function takeOpenedCheck(input: ChannelInput<'check:opened'>): Promise<Result<CheckReply>> | undefined {
  const held = waiting;
  waiting = null;
  return held !== null && input.checkId === held.checkId ? held.reply : undefined;
}
