import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root (this file is electron/cli/testing/runCli.ts). */
export const repoRoot = resolve(import.meta.dirname, '../../..');

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Fails with the fix when the CLI has not been built, instead of a confusing spawn error. */
export function assertBuilt(root = repoRoot): void {
  if (!existsSync(join(root, 'out', 'main', 'cli.js'))) {
    throw new Error(`${join(root, 'out/main/cli.js')} is missing: run "npm run build" before these tests (npm test does).`);
  }
}

/**
 * Runs `node bin/tenfold.js ...args` as a child process (the real built CLI, as a user runs it)
 * and resolves when it exits.
 */
export function runCli(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; root?: string } = {}): Promise<CliRun> {
  const root = options.root ?? repoRoot;
  assertBuilt(root);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'tenfold.js'), ...args], {
      cwd: options.cwd ?? root,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}
