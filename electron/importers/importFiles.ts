import { randomUUID } from 'node:crypto';
import type { Project } from '../../shared/model/project';
import { AppError } from '../../shared/ipc/errors';
import type { ImportReport } from '../../shared/ipc/importReport';
import { HostIndex } from './addresses';
import { assemble } from './assemble';
import type { ComponentDraft } from './draft';
import { attachConfigFiles } from './config/configImport';
import { addExternalHosts } from './externals';
import { addEntryPoints } from './entryPoints';
import { linkDrafts, type Links } from './links';
import { ReportBuilder } from './reportBuilder';
import { classifyInputs, type InputFile } from './inputFiles';
import { importComposeDrafts } from './compose/composeImport';
import { importKubernetesDrafts, type KubernetesDrafts } from './kubernetes/kubernetesImport';
import { projectNameOf } from './projectName';

export type { InputFile };

export interface ImportOptions {
  /** The project's name; by default the compose project's name, the namespace or the folder's. */
  readonly projectName?: string;
  /** The name of the folder the paths are relative to, when the user chose a folder. */
  readonly folderName?: string;
  /** Ids derive from this seed, so the same seed and files give the same project. Random by default. */
  readonly idSeed?: string;
  /** Reads a file outside the given set (compose `extends`, `env_file` beyond the folder); the app has none. */
  readonly readExtra?: (path: string) => string | null;
}

export interface ImportResult {
  readonly project: Project;
  readonly report: ImportReport;
}

/** The most files and text one import reads. */
export const importLimits = { files: 20_000, bytes: 64 * 1024 * 1024 } as const;

/**
 * Imports what a team already runs: docker-compose files (with override files and `.env`),
 * Kubernetes manifests, and the config files beside them. Detects what each file is, builds
 * components and connections from evidence, and reports what it read, guessed and ignored.
 * Throws an AppError (naming file, line and column for bad YAML) and returns nothing on failure.
 */
export function importFiles(files: readonly InputFile[], options: ImportOptions = {}): ImportResult {
  checkLimits(files);
  const report = new ReportBuilder();
  const inputs = classifyInputs(files, report);
  const drafts: ComponentDraft[] = [];
  const index = new HostIndex();
  let composeName: string | undefined;
  let config = inputs.config;
  if (inputs.compose.length > 0) {
    const compose = importComposeDrafts(inputs, options.readExtra, report);
    drafts.push(...compose.drafts);
    for (const draft of compose.drafts) indexComposeHosts(draft, index);
    composeName = compose.name;
    config = config.filter((file) => !compose.read.has(file.path));
  }
  let namespace: string | undefined;
  let mounted: KubernetesDrafts['mountedFiles'] = [];
  if (inputs.kubernetes.length > 0) {
    const kubernetes = importKubernetesDrafts(inputs.kubernetes, index, report);
    drafts.push(...kubernetes.drafts);
    mounted = kubernetes.mountedFiles;
    namespace = kubernetes.namespace;
  }
  if (drafts.length === 0) {
    throw new AppError(
      'INVALID_INPUT',
      `No docker-compose services or Kubernetes workloads were found in ${describeInputs(files)}. Choose a docker-compose file, Kubernetes manifests, or the folder that holds them.`,
    );
  }
  attachConfigFiles(config, mounted, drafts, report);
  for (const draft of drafts) if (draft.optional) for (const host of draft.hosts) index.add(host, { names: [draft.name] });
  addExternalHosts(drafts, index);
  const links = linkDrafts(drafts, index, report);
  dropUnreached(drafts, links, report);
  addEntryPoints(drafts, links.connections, report);
  const name = options.projectName ?? projectNameOf({ composeName, namespace, folderName: options.folderName, files: inputs.primary });
  const seed = options.idSeed ?? randomUUID();
  return assemble({ name, description: `Imported from ${describeInputs(inputs.primary)}.`, drafts, links, seed }, report);
}

/** Hosts declared outside the system that nothing names are left out. */
function dropUnreached(drafts: ComponentDraft[], links: Links, report: ReportBuilder): void {
  const reached = new Set(links.connections.flatMap((c) => [c.from, c.to]));
  const unreached = drafts.filter((d) => d.optional && !reached.has(d.name));
  if (unreached.length === 0) return;
  for (const draft of unreached) drafts.splice(drafts.indexOf(draft), 1);
  report.ignore(
    `${unreached.map((d) => `"${d.name}"`).join(', ')}: declared outside the system (${unreached[0]!.source}), but no component's settings name ${unreached.length === 1 ? 'it' : 'them'}.`,
  );
}

/** A compose service is reached by its name, hostname, container name and network aliases. */
function indexComposeHosts(draft: ComponentDraft, index: HostIndex): void {
  const target = { names: [draft.name] };
  index.add(draft.name, target, true);
  for (const host of draft.hosts) index.add(host, target);
}

function checkLimits(files: readonly InputFile[]): void {
  if (files.length > importLimits.files) {
    throw new AppError(
      'FILE_TOO_LARGE',
      `The import holds ${files.length} files; Tenfold reads at most ${importLimits.files}. Choose the folder with the deployment files rather than a whole repository.`,
    );
  }
  let bytes = 0;
  for (const file of files) bytes += file.content.length;
  if (bytes > importLimits.bytes) {
    throw new AppError(
      'FILE_TOO_LARGE',
      `The import holds ${Math.round(bytes / 1024 / 1024)} MB of text; Tenfold reads at most ${importLimits.bytes / 1024 / 1024} MB. Choose the folder with the deployment files rather than a whole repository.`,
    );
  }
}

function describeInputs(files: readonly InputFile[]): string {
  if (files.length === 0) return 'the files given';
  const names = files.slice(0, 3).map((f) => f.path);
  return files.length > 3 ? `${names.join(', ')} and ${files.length - 3} more files` : names.join(', ');
}
