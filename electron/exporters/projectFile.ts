import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Hooks for tests that need a failure at a given step; production code passes nothing. */
export interface AtomicWriteHooks {
  readonly beforeRename?: (tempPath: string) => void;
}

/**
 * Writes a file (text as UTF-8, or bytes such as a PDF) so that readers see either the old content
 * or the new one, never a mix:
 * a temp file in the same folder is written and fsynced, renamed over the target, and the folder
 * fsynced so the rename survives a crash. On any error the temp file is removed and the old file
 * is left as it was.
 */
export function writeFileAtomic(path: string, text: string | Uint8Array, hooks: AtomicWriteHooks = {}): void {
  const folder = dirname(path);
  const tempPath = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | null = null;
  try {
    fd = openSync(tempPath, 'wx', 0o644);
    const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text);
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    hooks.beforeRename?.(tempPath);
    renameSync(tempPath, path);
  } catch (error) {
    if (fd !== null) closeSync(fd);
    rmSync(tempPath, { force: true });
    throw error;
  }
  syncFolder(folder);
}

/** Makes the rename durable. Some platforms (Windows) cannot open a folder; the rename itself already happened. */
function syncFolder(folder: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Not supported here: nothing more can be done, and the file is already in place.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
