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
  waiting = { checkId, reply: tryCall('check:run', { opened: checkId }) };
}

/** The reply asked for early for this check:run input, once; undefined for any other input. */
export function takeOpenedCheck(input: ChannelInput<'check:run'>): Promise<Result<CheckReply>> | undefined {
  if (input.opened === undefined || waiting?.checkId !== input.opened) return undefined;
  const { reply } = waiting;
  waiting = null;
  return reply;
}
