import type { ImportFile } from '../../../shared/ipc/importReport';

/** What one import may send: the web host accepts requests up to 60 MB. */
export const importFileLimits = { files: 5_000, fileBytes: 8 * 1024 * 1024, totalBytes: 40 * 1024 * 1024 } as const;

/** Files worth sending: deployment and config files. A folder's other files are left out. */
const readable = /\.(ya?ml|json|conf|toml|properties|ini|cfg)$|(^|\/)\.env$|(^|\/)(nginx|envoy)[^/]*$|(^|\/)Caddyfile$/i;
const skipped = /(^|\/)(\.git|node_modules|\.idea|\.vscode|vendor|target|dist|build|out|\.terraform|__pycache__|\.venv)\//;

export interface PickedFile {
  readonly file: File;
  /** Path inside the chosen folder ("shop/k8s/web.yaml"), or the file's name. */
  readonly path: string;
  /** The user chose this file itself, not a folder holding it. */
  readonly named: boolean;
}

export class TooManyFiles extends Error {}

/** Reads the chosen files' text, leaving out what is not a deployment or config file. */
export async function readImportFiles(picked: readonly PickedFile[]): Promise<{ files: ImportFile[]; skipped: number }> {
  const wanted = picked.filter((p) => (p.named || readable.test(p.path)) && !skipped.test(p.path) && p.file.size <= importFileLimits.fileBytes);
  if (wanted.length > importFileLimits.files)
    throw new TooManyFiles(
      `The folder holds ${wanted.length} deployment and config files; an import reads at most ${importFileLimits.files}. Choose the folder with the deployment files.`,
    );
  const total = wanted.reduce((sum, p) => sum + p.file.size, 0);
  if (total > importFileLimits.totalBytes)
    throw new TooManyFiles(
      `The files chosen hold ${Math.round(total / 1024 / 1024)} MB; an import reads at most ${importFileLimits.totalBytes / 1024 / 1024} MB. Choose the folder with the deployment files.`,
    );
  const files = await Promise.all(wanted.map(async (p) => ({ path: p.path, content: await p.file.text(), named: p.named })));
  return { files, skipped: picked.length - wanted.length };
}

/** Files from an `<input type="file">`: with a folder input, each has its path inside the folder. */
export function pickedFromInput(files: readonly File[]): PickedFile[] {
  return files.map((file) => {
    const relative = (file as File & { webkitRelativePath?: string }).webkitRelativePath;
    return relative ? { file, path: relative, named: false } : { file, path: file.name, named: true };
  });
}

/** Files (and whole folders) dropped on the window. Must be called during the drop event. */
export function pickedFromDrop(dataTransfer: DataTransfer): Promise<PickedFile[]> {
  const entries = [...dataTransfer.items].map((item) => item.webkitGetAsEntry?.() ?? null);
  const files = [...dataTransfer.files];
  if (entries.every((entry) => entry === null || entry.isFile)) return Promise.resolve(files.map((file) => ({ file, path: file.name, named: true })));
  return Promise.all(entries.map((entry) => (entry ? walkEntry(entry, '') : Promise.resolve([])))).then((lists) => lists.flat());
}

async function walkEntry(entry: FileSystemEntry, prefix: string): Promise<PickedFile[]> {
  const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    return [{ file, path, named: prefix === '' }];
  }
  if (skipped.test(`${path}/`)) return [];
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  // readEntries returns the entries in batches until an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    children.push(...batch);
  }
  const lists = await Promise.all(children.map((child) => walkEntry(child, path)));
  return lists.flat();
}
