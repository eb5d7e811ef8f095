import { createApi, httpPath, type TenfoldApi, type Transport } from '../../../shared/ipc/api';
import { channels, type Channel, type ChannelInput, type ChannelOutput } from '../../../shared/ipc/contract';
import type { AppErrorShape } from '../../../shared/ipc/errors';
import type { Result } from '../../../shared/ipc/result';
import { postChannel } from './envelope';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in a browser talking to `tenfold serve`. */
    tenfold?: TenfoldApi;
  }
}

/** Thrown by `call` so callers can stop; the notification has already been shown. */
export class CallFailed extends Error {
  readonly error: AppErrorShape;
  constructor(error: AppErrorShape) {
    super(error.message);
    this.name = 'CallFailed';
    this.error = error;
  }
}

/** POST /api/<channel> with JSON; every failure becomes an envelope, never a throw. */
export const httpTransport: Transport = (channel, input) => postChannel(httpPath(channel), input);

/** The same API in Electron (preload) and in the browser (HTTP). */
export const api: TenfoldApi = typeof window !== 'undefined' && window.tenfold ? window.tenfold : createApi(channels, httpTransport);

/** True when running in the browser against the web host (downloads instead of native dialogs). */
export const isBrowserHost = typeof window === 'undefined' || !window.tenfold;

type ErrorListener = (channel: Channel, error: AppErrorShape) => void;
let errorListener: ErrorListener = () => undefined;

/** The app shell installs the notification that names a failed call's problem. */
export function onCallError(listener: ErrorListener): void {
  errorListener = listener;
}

/**
 * Calls a channel and returns its value. On an error envelope it reports the problem (a
 * notification) and throws CallFailed, so a caller can simply stop what it was doing.
 */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  return settle(channel, (await api[channel](input)) as Result<ChannelOutput<C>>);
}

/** What `call` does with an envelope: its value, or the error reported and thrown. */
export function settle<C extends Channel>(channel: C, result: Result<ChannelOutput<C>>): ChannelOutput<C> {
  if (result.ok) return result.value;
  errorListener(channel, result.error);
  throw new CallFailed(result.error);
}

/** Calls a channel and returns the envelope as is, for callers that handle errors themselves. */
export async function tryCall<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> {
  return await api[channel](input);
}

/**
 * Sends a call that must outlive the page (a save on close). Browsers cap keepalive bodies at
 * 64 KiB, so larger payloads go as an ordinary request and may not finish if the tab is gone.
 */
export function callOnExit<C extends Channel>(channel: C, input: ChannelInput<C>): void {
  if (!isBrowserHost) {
    void api[channel](input);
    return;
  }
  const body = JSON.stringify(input);
  void fetch(httpPath(channel), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    keepalive: body.length < 60_000,
  }).catch(() => undefined);
}
