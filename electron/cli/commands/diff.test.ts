import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, repoRoot } from '../testing/runCli';
import { tempGitRepo } from '../testing/gitRepo';

const TEASTORE = join(repoRoot, 'test/fixtures/teastore.tenfold.json');
let repo: ReturnType<typeof tempGitRepo>;

/** TeaStore with a standby for db and image renamed image-service. */
function editedTeaStore(): string {
  const project = JSON.parse(readFileSync(TEASTORE, 'utf8')) as { components: { name: string; deployment?: Record<string, unknown> }[] };
  const db = project.components.find((c) => c.name === 'db')!;
  db.deployment = { ...db.deployment, failover: 'standby' };
  project.components.find((c) => c.name === 'image')!.name = 'image-service';
  return `${JSON.stringify(project, null, 2)}\n`;
}

beforeAll(() => {
  repo = tempGitRepo('tenfold-diff-');
  writeFileSync(join(repo.dir, 'shop.tenfold.json'), readFileSync(TEASTORE, 'utf8'));
  repo.git('add', 'shop.tenfold.json');
  repo.git('commit', '--quiet', '-m', 'TeaStore');
  writeFileSync(join(repo.dir, 'shop.tenfold.json'), editedTeaStore());
});
afterAll(() => rmSync(repo.dir, { recursive: true, force: true }));

describe('tenfold diff (the built CLI in a child process)', { timeout: 60_000 }, () => {
  it('compares the committed file (git:REV:path) with the working copy, in every format', async () => {
    const [text, json, markdown, fromRoot] = await Promise.all([
      runCli(['diff', 'git:HEAD:./shop.tenfold.json', 'shop.tenfold.json', '--today', '2026-01-01'], { cwd: repo.dir }),
      runCli(['diff', 'git:HEAD:./shop.tenfold.json', 'shop.tenfold.json', '--format', 'json', '--today', '2026-01-01'], { cwd: repo.dir }),
      runCli(['diff', 'git:HEAD:./shop.tenfold.json', 'shop.tenfold.json', '--format', 'markdown', '--today', '2026-01-01'], { cwd: repo.dir }),
      runCli(['diff', 'git:HEAD:shop.tenfold.json', 'shop.tenfold.json', '--format', 'json', '--today', '2026-01-01'], { cwd: repo.dir }),
    ]);
    expect([text.code, json.code, markdown.code, fromRoot.code]).toEqual([0, 0, 0, 0]);
    expect(text.stdout).toContain('git:HEAD:./shop.tenfold.json → shop.tenfold.json: TeaStore');
    expect(text.stdout).toContain('    ~ db: deployment.failover none → standby');
    expect(text.stdout).toContain('    ~ image-service (renamed from image)');
    expect(text.stdout).toContain('    - db: took down 100% of traffic');
    const result = JSON.parse(json.stdout) as {
      architecture: { components: { changed: { name: string }[] } };
      analysis: { spofs: { removed: { name: string }[] } };
    };
    expect(result.architecture.components.changed.map((c) => c.name)).toEqual(['db', 'image-service']);
    expect(result.analysis.spofs.removed.map((s) => s.name)).toEqual(['db']);
    expect(JSON.parse(fromRoot.stdout)).toMatchObject({ architecture: result.architecture });
    expect(markdown.stdout).toContain('| changed | db | deployment.failover none → standby |');
    expect(markdown.stdout).toContain('```mermaid\nflowchart LR\n');
  });

  it('refuses an invalid or newer file with the lines validate prints, and exits 2', async () => {
    const files = ['test/fixtures/bad/wrong-shape.tenfold.json', 'test/fixtures/bad/newer-schema.tenfold.json'];
    const runs = await Promise.all(files.flatMap((file) => [runCli(['diff', TEASTORE, file]), runCli(['validate', file])]));
    for (let i = 0; i < runs.length; i += 2) {
      const [diff, validate] = [runs[i]!, runs[i + 1]!];
      expect(diff.code).toBe(2);
      expect(diff.stdout).toBe('');
      expect(diff.stderr.trimEnd()).toBe(validate.stdout.trimEnd());
    }
    expect(runs[0]!.stderr).toContain('test/fixtures/bad/wrong-shape.tenfold.json:8:82: components[2].colour: unknown field "colour"');
    expect(runs[2]!.stderr).toContain('made by a newer Tenfold');
  });

  it('exits 2 with the reason on a revision or path git does not have, or a malformed source', async () => {
    const [noRevision, noPath, malformed, oneFile] = await Promise.all([
      runCli(['diff', 'git:no-such-branch:./shop.tenfold.json', 'shop.tenfold.json'], { cwd: repo.dir }),
      runCli(['diff', 'git:HEAD:./elsewhere.tenfold.json', 'shop.tenfold.json'], { cwd: repo.dir }),
      runCli(['diff', 'git:HEAD', 'shop.tenfold.json'], { cwd: repo.dir }),
      runCli(['diff', 'shop.tenfold.json'], { cwd: repo.dir }),
    ]);
    expect([noRevision.code, noPath.code, malformed.code, oneFile.code]).toEqual([2, 2, 2, 2]);
    expect(noRevision.stderr).toMatch(/^tenfold diff: cannot read git:no-such-branch:\.\/shop\.tenfold\.json: .*no-such-branch/);
    expect(noPath.stderr).toMatch(/cannot read git:HEAD:\.\/elsewhere\.tenfold\.json: .*elsewhere\.tenfold\.json/);
    expect(malformed.stderr).toContain('"git:HEAD" is not a git source. Write git:REV:path');
    expect(oneFile.stderr).toContain('name two project files, the old and the new');
  });
});
