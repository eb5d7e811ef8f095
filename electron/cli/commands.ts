import type { CliCommand } from './command';

/**
 * A subcommand as `tenfold --help` lists it. Its module (and the engine, the store or the host
 * behind it) loads only when the command runs, so `tenfold --version` and `tenfold validate`
 * do not pay for the others.
 */
export interface CommandEntry {
  readonly name: string;
  /** One line for `tenfold --help`. */
  readonly summary: string;
  readonly load: () => Promise<CliCommand>;
  /** It runs checks (directly or in the host's workers), so V8's top tier is skipped first (checking/engineTiering.ts). */
  readonly runsEngine?: boolean;
}

/** Every subcommand of `tenfold`, in the order `--help` lists them. Add one entry per command. */
export const commands: readonly CommandEntry[] = [
  {
    name: 'serve',
    runsEngine: true,
    summary: 'open Tenfold in a browser (serves the app on 127.0.0.1, or a review others join with --share)',
    load: async () => (await import('./commands/serve')).serveCommand,
  },
  {
    name: 'export',
    runsEngine: true,
    summary: 'export a project as Mermaid, Markdown, a runbook, an HTML report or JSON',
    load: async () => (await import('./commands/export')).exportCommand,
  },
  {
    name: 'import',
    summary: 'import docker-compose files or Kubernetes manifests as a project',
    load: async () => (await import('./commands/import')).importCommand,
  },
  {
    name: 'validate',
    summary: 'check project files and print every problem with its location',
    load: async () => (await import('./commands/validate')).validateCommand,
  },
  {
    name: 'check',
    runsEngine: true,
    summary: 'run the analyses and rules on a project file: findings in priority order (table, JSON or SARIF)',
    load: async () => (await import('./commands/check')).checkCommand,
  },
  {
    name: 'library',
    summary: 'check the project library, back it up, or restore a backup',
    load: async () => (await import('./commands/library')).libraryCommand,
  },
  {
    name: 'diff',
    runsEngine: true,
    summary: 'what changed between two versions of a project, and what it does to the analysis',
    load: async () => (await import('./commands/diff')).diffCommand,
  },
  {
    name: 'merge',
    summary: 'three-way merge of project files by id (a git merge driver); conflicts recorded in the file',
    load: async () => (await import('./commands/merge')).mergeCommand,
  },
];
