import { posix } from 'node:path';
import type { InputFile } from './inputFiles';

/** Folder names that say where deployment files live, not what the system is called. */
const genericFolders = new Set([
  'k8s',
  'kube',
  'kubernetes',
  'manifests',
  'kubernetes-manifests',
  'k8s-manifests',
  'deploy',
  'deployment',
  'deployments',
  'docker',
  'docker-compose',
  'compose',
  'helm',
  'charts',
  'templates',
  'platform',
  'config',
  'configs',
  'infra',
  'infrastructure',
  'ops',
  'src',
  'base',
  'overlays',
  'examples',
  'example',
  'quickstart',
  'quickstart-k8s',
  'docker-compose-manifests',
  'kustomize',
  '.',
  '',
]);

/** File names that say which variant of a deployment it is, not what the system is called. */
const genericStems = new Set([
  'default',
  'quickstart',
  'local',
  'dev',
  'development',
  'prod',
  'production',
  'base',
  'main',
  'all',
  'demo',
  'complete-demo',
  'manifests',
  'deployment',
  'deploy',
  'stack',
  'app',
  'kubernetes',
  'k8s',
  'test',
  'staging',
]);

export function isGenericFolder(name: string): boolean {
  return genericFolders.has(name.toLowerCase());
}

export interface NameSources {
  /** The compose project's `name:` or COMPOSE_PROJECT_NAME. */
  readonly composeName?: string;
  /** The one namespace all manifests share, when it is not "default". */
  readonly namespace?: string;
  /** The folder the user chose. */
  readonly folderName?: string;
  readonly files: readonly InputFile[];
}

/**
 * The project's name: the compose project's name, else the manifests' namespace, else the nearest
 * folder that is not a generic "k8s" or "deploy" folder, else the first file's name without
 * "docker-compose".
 */
export function projectNameOf({ composeName, namespace, folderName, files }: NameSources): string {
  const stem = fileStem(files[0]?.path ?? '');
  // A file the user named says more than the folder it sits in ("shop.yml"), unless its name is generic.
  const namedStem = files[0]?.named && stem !== '' && !genericStems.has(stem.toLowerCase()) ? stem : undefined;
  const chosen = composeName ?? namespace ?? namedStem ?? folderNamed(files, folderName) ?? stem;
  const trimmed = chosen.trim().slice(0, 200);
  return trimmed === '' ? 'Imported project' : trimmed;
}

function folderNamed(files: readonly InputFile[], folderName: string | undefined): string | undefined {
  const first = files[0];
  const folders = first
    ? posix
        .dirname(first.path)
        .split('/')
        .filter((p) => p !== '.' && p !== '')
    : [];
  const candidates = [...folders.reverse(), ...(folderName ? [folderName] : [])];
  return candidates.find((folder) => !genericFolders.has(folder.toLowerCase()));
}

/** "shop.yml" → "shop"; "docker-compose.yml" → ''. */
function fileStem(path: string): string {
  const stem = posix.basename(path).replace(/\.(ya?ml|json)$/i, '');
  const cleaned = stem.replace(/(^|[-_.])(docker-)?compose([-_.]|$)/i, '$1').replace(/^[-_.]+|[-_.]+$/g, '');
  return /^(docker-)?compose$/i.test(stem) ? '' : cleaned === '' ? stem : cleaned;
}
