import { posix } from 'node:path';
import type { ReportBuilder } from './reportBuilder';

/** One file to import: its path inside what the user chose ('/' separators) and its text. */
export interface InputFile {
  readonly path: string;
  readonly content: string;
  /** The user named this file itself (not found by looking through a folder). */
  readonly named?: boolean;
}

export interface ClassifiedInputs {
  /** Compose files to merge: the first is the base, the others override it in order. */
  readonly compose: readonly InputFile[];
  readonly kubernetes: readonly InputFile[];
  /** Files that may configure a component (nginx, Envoy, Spring, appsettings, JSON/YAML/TOML). */
  readonly config: readonly InputFile[];
  /** `.env` files by folder ('' for the top). */
  readonly dotEnv: ReadonlyMap<string, InputFile>;
  /** Every file by normalized path. */
  readonly byPath: ReadonlyMap<string, InputFile>;
  /** What the project is imported from, for its description and name. */
  readonly primary: readonly InputFile[];
}

/** Compose's default file names, in the order Compose looks for them. */
const canonicalCompose = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];
const composeName = /(^|[-_.])(docker-)?compose([-_.][^/]*)?\.ya?ml$/i;
const configExtensions = /\.(json|ya?ml|conf|toml|properties|ini|cfg|env)$/i;
const ignoredFolders = /(^|\/)(\.git|node_modules|\.idea|\.vscode|vendor|target|dist|build|out|\.terraform)(\/|$)/;

export function normalizePath(path: string): string {
  return posix
    .normalize(path.replace(/\\/g, '/'))
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '');
}

/**
 * Sorts the files into compose files, Kubernetes manifests, config files and `.env` files. When
 * both compose files and manifests are given, one deployment is imported (compose, unless only
 * manifests were named) and the other is listed as ignored. From a folder, only the compose files
 * Compose reads by default are merged (the base and its `.override` file); others are listed.
 */
export function classifyInputs(files: readonly InputFile[], report: ReportBuilder): ClassifiedInputs {
  const byPath = new Map<string, InputFile>();
  const compose: InputFile[] = [];
  const kubernetes: InputFile[] = [];
  const config: InputFile[] = [];
  const dotEnv = new Map<string, InputFile>();
  const helm: string[] = [];
  for (const original of files) {
    const file = { ...original, path: normalizePath(original.path) };
    if (ignoredFolders.test(file.path)) continue;
    byPath.set(file.path, file);
    const base = posix.basename(file.path);
    if (base === '.env') {
      dotEnv.set(posix.dirname(file.path) === '.' ? '' : posix.dirname(file.path), file);
      continue;
    }
    if (/\.ya?ml$/i.test(base) && file.content.includes('{{')) {
      helm.push(file.path);
      continue;
    }
    if (/\.ya?ml$/i.test(base) && (composeName.test(base) || /^services\s*:/m.test(file.content)) && !isKubernetes(file.content)) compose.push(file);
    else if (/\.(ya?ml|json)$/i.test(base) && isKubernetes(file.content)) kubernetes.push(file);
    else if (configExtensions.test(base) || /nginx|envoy|traefik|haproxy|caddyfile/i.test(base)) config.push(file);
  }
  if (helm.length > 0) report.ignore(`${listPaths(helm)}: Helm chart templates, not manifests. Render them with "helm template" and import the output.`);
  let chosenCompose = compose.length > 0 ? chooseCompose(compose, report) : [];
  let chosenKubernetes = kubernetes;
  if (chosenCompose.length > 0 && kubernetes.length > 0) {
    const kubernetesNamed = kubernetes.some((f) => f.named) && !compose.some((f) => f.named);
    if (kubernetesNamed) {
      report.ignore(
        `${listPaths(compose.map((f) => f.path))}: compose files of the same system; the Kubernetes manifests named were imported. Import the compose files on their own to model that deployment.`,
      );
      chosenCompose = [];
    } else {
      report.ignore(
        `${listPaths(kubernetes.map((f) => f.path))}: Kubernetes manifests of the same system; the compose deployment was imported. Import the manifests on their own to model that deployment.`,
      );
      chosenKubernetes = [];
    }
  }
  const primary = chosenCompose.length > 0 ? chosenCompose : chosenKubernetes;
  for (const file of chosenCompose)
    report.sources.push(`${file.path}: ${file === chosenCompose[0] ? 'compose file' : 'compose override file, merged over the one before'}`);
  if (chosenKubernetes.length > 0) report.sources.push(`${listPaths(chosenKubernetes.map((f) => f.path))}: Kubernetes manifests`);
  return { compose: chosenCompose, kubernetes: chosenKubernetes, config, dotEnv, byPath, primary };
}

function isKubernetes(content: string): boolean {
  if (/^\s*[{[]/.test(content)) return /"apiVersion"\s*:/.test(content) && /"kind"\s*:/.test(content);
  return /^\s*["']?apiVersion["']?\s*:/m.test(content) && /^\s*["']?kind["']?\s*:/m.test(content);
}

/**
 * Named compose files are merged in the order given. From a folder: the base Compose reads by
 * default (the shallowest compose.yaml … docker-compose.yml, else the shallowest compose file)
 * and its `.override` file.
 */
function chooseCompose(compose: readonly InputFile[], report: ReportBuilder): InputFile[] {
  const named = compose.filter((f) => f.named);
  if (named.length > 0) {
    const others = compose.filter((f) => !f.named);
    if (others.length > 0) report.ignore(`${listPaths(others.map((f) => f.path))}: other compose files; only the files named were merged.`);
    return named;
  }
  const depth = (path: string) => path.split('/').length;
  const sorted = [...compose].sort((a, b) => depth(a.path) - depth(b.path) || canonicalRank(a.path) - canonicalRank(b.path) || a.path.localeCompare(b.path));
  const base = sorted[0]!;
  const stem = base.path.replace(/\.ya?ml$/i, '');
  const override = sorted.find((f) => f !== base && new RegExp(`^${escape(stem)}\\.override\\.ya?ml$`, 'i').test(f.path));
  const chosen = override ? [base, override] : [base];
  const rest = sorted.filter((f) => !chosen.includes(f));
  if (rest.length > 0) {
    report.ignore(
      `${listPaths(rest.map((f) => f.path))}: not merged; Compose reads ${rest.length === 1 ? 'it' : 'them'} only when named with -f. Name ${rest.length === 1 ? 'it' : 'them'} with ${base.path} to merge ${rest.length === 1 ? 'it' : 'them'}.`,
    );
  }
  return chosen;
}

function canonicalRank(path: string): number {
  const rank = canonicalCompose.indexOf(posix.basename(path).toLowerCase());
  return rank < 0 ? canonicalCompose.length : rank;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function listPaths(paths: readonly string[]): string {
  return paths.length > 5 ? `${paths.slice(0, 5).join(', ')} and ${paths.length - 5} more` : paths.join(', ');
}
