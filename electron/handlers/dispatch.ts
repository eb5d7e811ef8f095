import { z } from 'zod';
import { contract, type Channel, type ChannelOutput, type ChannelParsedInput } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/errors';
import type { Result } from '../../shared/ipc/result';
import { zodProblems } from '../../shared/model/problems';

/** One Node-side implementation per channel; input arrives already validated. */
export type Handlers = {
  [C in Channel]: (input: ChannelParsedInput<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
};

/** A table of channel schemas: the contract, or the desktop-only contract in shared/ipc/desktop.ts. */
export type SchemaTable = Readonly<Record<string, { readonly input: z.core.$ZodType; readonly output: z.core.$ZodType }>>;

/**
 * The boundary: validates the payload against the channel's schema, runs the handler, and turns
 * every outcome into the envelope. Never throws. Used by Electron IPC and the web host alike.
 */
export async function dispatch(handlers: Handlers, channel: string, payload: unknown): Promise<Result<unknown>> {
  return dispatchTo(contract, handlers, channel, payload);
}

/** `dispatch` for any schema table and its handlers. */
export async function dispatchTo(
  table: SchemaTable,
  handlers: Readonly<Record<string, (input: never) => unknown>>,
  channel: string,
  payload: unknown,
): Promise<Result<unknown>> {
  if (!Object.hasOwn(table, channel) || !Object.hasOwn(handlers, channel)) {
    return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `There is no channel "${channel}".` } };
  }
  const parsed = z.safeParse(table[channel]!.input, payload ?? {});
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
