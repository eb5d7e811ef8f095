import { contract, channels } from '../../shared/ipc/contract';
import { desktopContract, desktopChannels } from '../../shared/ipc/desktop';
import { dispatchTo, type Handlers } from '../handlers/dispatch';
import type { Result } from '../../shared/ipc/result';
import { isTrustedSender, type SenderFrame } from './senderCheck';

/** The part of Electron's ipcMain this needs (injected, so it is tested without Electron). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame: SenderFrame | null }, payload: unknown) => Promise<Result<unknown>>): void;
}

type AnyHandlers = Readonly<Record<string, (input: never) => unknown>>;

const untrusted: Result<never> = {
  ok: false,
  error: { code: 'INVALID_INPUT', message: 'This request did not come from a Tenfold window and was refused.' },
};

/**
 * Registers one IPC handler per contract channel. Each checks the sender is our app's top frame,
 * validates the payload with the channel's zod schema and returns the envelope (never throws).
 */
export function registerContract(ipcMain: IpcMainLike, handlers: Handlers, desktopHandlers: AnyHandlers): void {
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, payload) => (isTrustedSender(event.senderFrame) ? dispatchTo(contract, handlers, channel, payload) : untrusted));
  }
  for (const channel of desktopChannels) {
    ipcMain.handle(channel, async (event, payload) =>
      isTrustedSender(event.senderFrame) ? dispatchTo(desktopContract, desktopHandlers, channel, payload) : untrusted,
    );
  }
}
