import { importFiles, type ImportResult } from './importFiles';

export { mentionsHost } from './addresses';

export interface ComposeImportOptions {
  /** Shown in messages and used for the project name. */
  readonly fileName: string;
  readonly projectName?: string;
  /** Reads other files by path relative to the compose file's folder (`extends.file`, `env_file`, `.env`). */
  readonly readRelative?: (relativePath: string) => string | null;
  /** Ids derive from this seed, so the same seed and file give the same project. Random by default. */
  readonly idSeed?: string;
}

/** One docker-compose file's text as a project: `importFiles` with that one file named. */
export function importCompose(content: string, options: ComposeImportOptions): ImportResult {
  const folders = options.fileName.replace(/\\/g, '/').split('/');
  const fileName = folders.pop()!;
  const readRelative = options.readRelative;
  return importFiles([{ path: fileName, content, named: true }], {
    ...(options.projectName ? { projectName: options.projectName } : {}),
    ...(folders.length > 0 ? { folderName: folders[folders.length - 1]! } : {}),
    ...(options.idSeed ? { idSeed: options.idSeed } : {}),
    ...(readRelative ? { readExtra: (path: string) => readRelative(path) } : {}),
  });
}
