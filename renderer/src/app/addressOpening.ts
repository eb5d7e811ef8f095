import { httpPath } from '../../../shared/ipc/api';
import type { OpenedProject } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { postChannel } from '../api/envelope';
import { projectIdFromHash } from './route';

/**
 * The project named in the address (a reload, a link, the desktop app reopening it), requested
 * before the rest of the app's code is even evaluated: main.tsx imports this module first, and it
 * imports nothing heavy (no React, no Mantine, no schemas). So the host opens the project, and
 * starts checking it, while the browser evaluates the app (about half a second at startup).
 * App.tsx settles the reply with `call`'s error handling.
 */
export const addressOpening: { readonly id: string; readonly reply: Promise<Result<OpenedProject>> } | null = (() => {
  const id = projectIdFromHash();
  if (!id) return null;
  const input = { id };
  // The Electron preload's API, or the web host over HTTP: the same two transports as api/client.ts.
  const reply = window.tenfold ? window.tenfold['projects:open'](input) : postChannel(httpPath('projects:open'), input);
  return { id, reply: reply as Promise<Result<OpenedProject>> };
})();
