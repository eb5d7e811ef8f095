import { describe, expect, it } from 'vitest';
import { channels } from '../../shared/ipc/contract';
import { desktopChannels } from '../../shared/ipc/desktop';
import type { Handlers } from '../handlers/dispatch';
import { registerContract, type IpcMainLike } from './ipc';
import type { SenderFrame } from './senderCheck';

type Listener = Parameters<IpcMainLike['handle']>[1];

function fakeIpcMain() {
  const registered = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      registered.set(channel, listener);
    },
  };
  return { ipcMain, registered };
}

// A real handler for one channel; the rest throw so an unexpected call is visible.
const handlers = Object.fromEntries(
  channels.map((channel) => [
    channel,
    channel === 'templates:list'
      ? () => [{ id: 'three-tier-web', name: 'Three-tier web app', description: 'd', componentCount: 5 }]
      : () => {
          throw new Error(`unexpected call to ${channel}`);
        },
  ]),
) as unknown as Handlers;

const appFrame: SenderFrame = { url: 'app://tenfold/index.html', parent: null };

describe('IPC registration', () => {
  it('registers every contract and desktop channel, and nothing else', () => {
    const { ipcMain, registered } = fakeIpcMain();
    registerContract(ipcMain, handlers, {});
    expect([...registered.keys()].sort()).toEqual([...channels, ...desktopChannels].sort());
  });

  it('answers a trusted call with the envelope', async () => {
    const { ipcMain, registered } = fakeIpcMain();
    registerContract(ipcMain, handlers, {});
    const result = await registered.get('templates:list')!({ senderFrame: appFrame }, {});
    expect(result).toEqual({ ok: true, value: [{ id: 'three-tier-web', name: 'Three-tier web app', description: 'd', componentCount: 5 }] });
  });

  it('refuses untrusted senders without running the handler', async () => {
    const { ipcMain, registered } = fakeIpcMain();
    registerContract(ipcMain, handlers, {});
    const sub: SenderFrame = { url: 'app://tenfold/index.html', parent: appFrame };
    for (const frame of [sub, { url: 'https://evil.example/', parent: null }, null]) {
      const result = await registered.get('templates:list')!({ senderFrame: frame }, {});
      expect(result.ok).toBe(false);
    }
  });

  it('validates payloads against the channel schema', async () => {
    const { ipcMain, registered } = fakeIpcMain();
    registerContract(ipcMain, handlers, {});
    const result = await registered.get('projects:open')!({ senderFrame: appFrame }, { id: 'not-a-uuid' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const missing = await registered.get('desktop:exportFile')!(
      { senderFrame: appFrame },
      { projectId: '00000000-0000-4000-8000-000000000001', format: 'pdf' },
    );
    expect(missing).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });
});
