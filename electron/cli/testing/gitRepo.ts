import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throwaway git repository for CLI tests, with an identity of its own so commits work on any
 * machine; `git(...args)` runs git in it and returns stdout.
 */
export function tempGitRepo(prefix: string): { dir: string; git: (...args: string[]) => string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Tenfold tests',
        GIT_AUTHOR_EMAIL: 'tests@tenfold.invalid',
        GIT_COMMITTER_NAME: 'Tenfold tests',
        GIT_COMMITTER_EMAIL: 'tests@tenfold.invalid',
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_CONFIG_NOSYSTEM: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  git('init', '--quiet', '--initial-branch=main');
  return { dir, git };
}
