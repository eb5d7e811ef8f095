import { contract, isChannel, type Channel, type ChannelOutput, type ChannelParsedInput } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/errors';
import type { Result } from '../../shared/ipc/result';
import { zodProblems } from '../../shared/model/problems';

/** One Node-side implementation per channel; input arrives already validated. */
export type Handlers = {
  [C in Channel]: (input: ChannelParsedInput<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
};

/**
 * The boundary: validates the payload against the channel's schema, runs the handler, and turns
 * every outcome into the envelope. Never throws. Used by Electron IPC and the web host alike.
 */
export async function dispatch(handlers: Handlers, channel: string, payload: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `There is no channel "${channel}".` } };
  }
  const parsed = contract[channel].input.safeParse(payload ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'INVALID_INPUT', message: `The request to ${channel} is not valid.`, problems: zodProblems(parsed.error) },
    };
  }
  try {
    const handler = handlers[channel] as (input: unknown) => unknown;
    const value = await handler(parsed.data);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toShape() };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'INTERNAL', message: `Something went wrong in ${channel}: ${message}` } };
  }
}
