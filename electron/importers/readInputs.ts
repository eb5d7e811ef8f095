import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { AppError } from '../../shared/ipc/errors';
import { importLimits, type InputFile } from './importFiles';
import { isGenericFolder } from './projectName';

/** A file larger than this inside a folder is skipped: deployment files are small. */
const MAX_FILE_BYTES = 8 * 1024 * 1024;
const skippedFolders = new Set(['.git', 'node_modules', '.idea', '.vscode', 'vendor', 'target', 'dist', 'build', 'out', '.terraform', '__pycache__', '.venv']);
/** Files that may be deployment or config files; the rest of a folder is not read. */
const readable = /\.(ya?ml|json|conf|toml|properties|ini|cfg)$|^\.env$|^nginx|^envoy|^Caddyfile$/i;

export interface ReadInputs {
  readonly files: InputFile[];
  /** The folder the paths are relative to. */
  readonly root: string;
  /** Reads a file by path relative to the root, for files outside the ones read (extends, env_file). */
  readonly readExtra: (path: string) => string | null;
}

/**
 * Reads the files and folders named on a command line: each named file as it is (and the `.env`
 * beside it), each folder's deployment and config files recursively. Paths become relative to the
 * folder that holds them all, with '/' separators.
 */
export function readInputs(paths: readonly string[], cwd: string): ReadInputs {
  const absolute = paths.map((p) => resolve(cwd, p));
  const folders = absolute.map((p) => (isDirectory(p) ? p : dirname(p)));
  const root = commonFolder(folders);
  const files = new Map<string, InputFile>();
  const add = (file: string, named: boolean) => {
    const path = relative(root, file).split(sep).join('/');
    if (files.has(path) && !named) return;
    files.set(path, { path, content: readText(file), named });
  };
  for (const path of absolute) {
    if (isDirectory(path)) walk(path, (file) => add(file, false));
    else {
      add(path, true);
      const dotEnv = join(dirname(path), '.env');
      if (exists(dotEnv)) add(dotEnv, false);
    }
    if (files.size > importLimits.files) {
      throw new AppError(
        'FILE_TOO_LARGE',
        `${paths.join(' ')} holds more than ${importLimits.files} deployment and config files. Name the folder with the deployment files rather than a whole repository.`,
      );
    }
  }
  const readExtra = (path: string) => {
    try {
      return readFileSync(resolve(root, path), 'utf8');
    } catch {
      return null;
    }
  };
  return { files: [...files.values()], root, readExtra };
}

function walk(folder: string, visit: (file: string) => void): void {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!skippedFolders.has(entry.name)) walk(path, visit);
    } else if (entry.isFile() && readable.test(entry.name) && statSync(path).size <= MAX_FILE_BYTES) visit(path);
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String((error as Error).message);
    throw new AppError('NOT_FOUND', `Cannot read ${file}: ${reason}. Check the path and try again.`);
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function commonFolder(folders: readonly string[]): string {
  let common = folders[0]!;
  for (const folder of folders.slice(1)) {
    while (!(folder === common || folder.startsWith(common.endsWith(sep) ? common : common + sep))) {
      const parent = dirname(common);
      if (parent === common) break;
      common = parent;
    }
  }
  return common;
}

/** The name of the folder, or of the nearest folder above it that is not a generic "k8s" or "deploy" folder. */
export function folderNameOf(root: string): string {
  let folder = root;
  for (let level = 0; level < 3; level++) {
    if (!isGenericFolder(basename(folder))) return basename(folder);
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  return basename(root);
}
