/**
 * Finds the project file a user asked to open: "Open with", double-click, or a command line.
 * Windows and Linux pass it in argv (also forwarded to the first instance by `second-instance`);
 * macOS sends `open-file` events instead.
 */
export const PROJECT_FILE_SUFFIX = '.tenfold.json';

export function isProjectFilePath(candidate: string): boolean {
  return candidate.toLowerCase().endsWith(PROJECT_FILE_SUFFIX) && !candidate.startsWith('-');
}

/**
 * The project file named in argv, resolved against `cwd`, or null. Skips the executable, the app
 * path Electron adds in development, and every switch (Chromium adds its own, e.g. --allow-file-access).
 * `resolvePath` is injected (node:path's resolve in main) to keep this pure.
 */
export function projectFileFromArgv(argv: readonly string[], cwd: string, resolvePath: (cwd: string, path: string) => string): string | null {
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    if (isProjectFilePath(arg)) return resolvePath(cwd, arg);
  }
  return null;
}
