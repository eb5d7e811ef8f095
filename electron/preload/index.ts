import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { channels } from '../../shared/ipc/contract';
import { createApi, type TenfoldApi } from '../../shared/ipc/api';
import { desktopChannels, desktopEvents, type DesktopApi, type DesktopEvent } from '../../shared/ipc/desktop';
import type { Result } from '../../shared/ipc/result';

/**
 * Exposes exactly the contract: one function per channel, derived from the channel list, plus the
 * desktop-only channels and two typed event subscriptions. Never ipcRenderer itself, never a
 * generic send: the renderer can only make the calls the contract defines.
 */
const invoke = (channel: string, input: unknown) => ipcRenderer.invoke(channel, input) as Promise<Result<unknown>>;

const api = createApi(channels, invoke) satisfies TenfoldApi;

function subscribe<E extends DesktopEvent>(event: E, pick: (payload: unknown) => string | null, listener: (value: string) => void): () => void {
  const wrapped = (_event: IpcRendererEvent, payload: unknown) => {
    const value = pick(payload);
    if (value !== null) listener(value);
  };
  ipcRenderer.on(event, wrapped);
  return () => {
    ipcRenderer.removeListener(event, wrapped);
  };
}

const desktopCalls = Object.fromEntries(desktopChannels.map((channel) => [channel, (input: unknown) => invoke(channel, input)]));

const desktop = {
  ...desktopCalls,
  onMenuCommand: (listener: (commandId: string) => void) =>
    subscribe(
      'desktop:menuCommand',
      (p) => {
        const r = desktopEvents['desktop:menuCommand'].safeParse(p);
        return r.success ? r.data.commandId : null;
      },
      listener,
    ),
  onOpenProject: (listener: (projectId: string) => void) =>
    subscribe(
      'desktop:openProject',
      (p) => {
        const r = desktopEvents['desktop:openProject'].safeParse(p);
        return r.success ? r.data.projectId : null;
      },
      listener,
    ),
} as DesktopApi satisfies DesktopApi;

contextBridge.exposeInMainWorld('tenfold', api);
contextBridge.exposeInMainWorld('tenfoldDesktop', desktop);
