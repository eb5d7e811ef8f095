import type { Channel, ChannelInput, ChannelOutput } from './contract';
import type { Result } from './result';

/**
 * The API the renderer sees: one method per channel, named exactly as the channel.
 * The Electron preload and the HTTP client both produce an object of this type.
 */
export type TenfoldApi = {
  [C in Channel]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
};

/** Sends one call over some transport (ipcRenderer.invoke, fetch) and returns its envelope. */
export type Transport = (channel: Channel, input: unknown) => Promise<Result<unknown>>;

/** Builds the API from a transport, so preload and HTTP client are never written by hand. */
export function createApi(channelList: readonly Channel[], transport: Transport): TenfoldApi {
  const api: Record<string, (input: unknown) => Promise<Result<unknown>>> = {};
  for (const channel of channelList) api[channel] = (input: unknown) => transport(channel, input);
  return api as unknown as TenfoldApi;
}

/** Path of a channel on the web host: POST /api/<channel>. */
export const httpPath = (channel: Channel): string => `/api/${channel}`;
