import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseProjectFile } from '../../../shared/model/projectFile';
import { runCli, repoRoot } from '../testing/runCli';
import { tempGitRepo } from '../testing/gitRepo';

const TEASTORE = join(repoRoot, 'test/fixtures/teastore.tenfold.json');
const FILE = 'shop.tenfold.json';

type Raw = { components: { id: string; name: string; technology?: string; deployment?: Record<string, unknown> }[] };

/** TeaStore's text after an edit of its parsed JSON. */
function teaStore(edit: (project: Raw) => void = () => {}): string {
  const project = JSON.parse(readFileSync(TEASTORE, 'utf8')) as Raw;
  edit(project);
  return `${JSON.stringify(project, null, 2)}\n`;
}

const named = (project: Raw, name: string) => project.components.find((c) => c.name === name)!;

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'tenfold-merge-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('tenfold merge (the built CLI in a child process)', { timeout: 60_000 }, () => {
  it('merges by id, writes the same bytes every time, and exits 1 with each conflict named', async () => {
    const write = (name: string, text: string) => writeFileSync(join(scratch, name), text);
    write('base.json', teaStore());
    write(
      'ours.json',
      teaStore((p) => {
        named(p, 'db').technology = 'PostgreSQL 16';
        named(p, 'webui').deployment = { ...named(p, 'webui').deployment, instances: 3 };
      }),
    );
    write(
      'theirs.json',
      teaStore((p) => {
        named(p, 'image').name = 'image-service';
        named(p, 'webui').deployment = { ...named(p, 'webui').deployment, instances: 4 };
      }),
    );
    const cwd = scratch;
    const [first, second] = await Promise.all([
      runCli(['merge', 'base.json', 'ours.json', 'theirs.json', '-o', 'merged-1.json'], { cwd }),
      runCli(['merge', 'base.json', 'ours.json', 'theirs.json', '-o', 'merged-2.json'], { cwd }),
    ]);
    expect([first.code, second.code]).toEqual([1, 1]);
    const merged = readFileSync(join(scratch, 'merged-1.json'), 'utf8');
    expect(readFileSync(join(scratch, 'merged-2.json'), 'utf8')).toBe(merged);
    const project = parseProjectFile(merged, 'merged-1.json');
    expect(project.components.find((c) => c.name === 'db')!.technology).toBe('PostgreSQL 16');
    expect(project.components.map((c) => c.name)).toContain('image-service');
    expect(project.components.find((c) => c.name === 'webui')!.deployment!.instances).toBe(3);
    expect(project.conflicts).toEqual([
      expect.objectContaining({ record: 'component', name: 'webui', path: 'deployment.instances', base: 1, ours: 3, theirs: 4 }),
    ]);
    expect(first.stderr).toBe(
      'tenfold merge: 1 conflict; merged-1.json keeps our side for it and lists it in its conflicts section (resolve them in Tenfold):\n  component webui: deployment.instances changed on both sides (ours 3, theirs 4); kept ours.\n',
    );
  });

  it('refuses an invalid or newer file with the lines validate prints, and writes nothing', async () => {
    const bad = join(repoRoot, 'test/fixtures/bad/newer-schema.tenfold.json');
    const out = join(scratch, 'never.json');
    const [merge, validate] = await Promise.all([runCli(['merge', TEASTORE, TEASTORE, bad, '-o', out]), runCli(['validate', bad])]);
    expect(merge.code).toBe(2);
    expect(merge.stderr.trimEnd()).toBe(validate.stdout.trimEnd());
    expect(() => readFileSync(out)).toThrow();
  });
});

describe('tenfold merge as a git merge driver (real git merge)', { timeout: 60_000 }, () => {
  let repo: ReturnType<typeof tempGitRepo>;

  beforeAll(() => {
    repo = tempGitRepo('tenfold-merge-driver-');
    const tenfold = join(repoRoot, 'bin', 'tenfold.js');
    // The two lines README.md documents, with this checkout's CLI instead of npx.
    writeFileSync(join(repo.dir, '.gitattributes'), '*.tenfold.json merge=tenfold\n');
    repo.git('config', 'merge.tenfold.name', 'Tenfold project files, merged by id');
    repo.git('config', 'merge.tenfold.driver', `"${process.execPath}" "${tenfold}" merge %O %A %B -o %A`);
    writeFileSync(join(repo.dir, FILE), teaStore());
    repo.git('add', '.');
    repo.git('commit', '--quiet', '-m', 'TeaStore');
  });
  afterAll(() => rmSync(repo.dir, { recursive: true, force: true }));

  /** Commits an edit of the file on a new branch from main. */
  function branch(name: string, edit: (p: Raw) => void): void {
    repo.git('checkout', '--quiet', '-b', name, 'main');
    writeFileSync(join(repo.dir, FILE), teaStore(edit));
    repo.git('commit', '--quiet', '-am', name);
  }

  /** git merge's exit code and output, without throwing on a conflict. */
  function merge(other: string): { code: number; output: string } {
    try {
      return { code: 0, output: repo.git('merge', '--no-edit', other) };
    } catch (error) {
      const failure = error as { status: number; stdout: string; stderr: string };
      return { code: failure.status, output: `${failure.stdout}${failure.stderr}` };
    }
  }

  it('merges edits of different components in one file cleanly', () => {
    branch('db-standby', (p) => (named(p, 'db').deployment = { ...named(p, 'db').deployment, failover: 'standby' }));
    branch('rename-image', (p) => (named(p, 'image').name = 'image-service'));
    const result = merge('db-standby');
    expect(result.code).toBe(0);
    const project = parseProjectFile(readFileSync(join(repo.dir, FILE), 'utf8'), FILE);
    expect(project.components.find((c) => c.name === 'db')!.deployment!.failover).toBe('standby');
    expect(project.components.map((c) => c.name)).toContain('image-service');
    expect(project.conflicts).toEqual([]);
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it('stops on the same property changed two ways, leaving a valid file that lists the conflict', async () => {
    branch('three-webuis', (p) => (named(p, 'webui').deployment = { ...named(p, 'webui').deployment, instances: 3 }));
    branch('five-webuis', (p) => (named(p, 'webui').deployment = { ...named(p, 'webui').deployment, instances: 5 }));
    const result = merge('three-webuis');
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('CONFLICT (content): Merge conflict in shop.tenfold.json');
    expect(result.output).toContain('component webui: deployment.instances changed on both sides (ours 5, theirs 3); kept ours.');
    expect(repo.git('status', '--porcelain')).toContain(`UU ${FILE}`);
    const text = readFileSync(join(repo.dir, FILE), 'utf8');
    expect(text).not.toContain('<<<<<<<');
    const project = parseProjectFile(text, FILE);
    expect(project.components.find((c) => c.name === 'webui')!.deployment!.instances).toBe(5);
    expect(project.conflicts).toEqual([expect.objectContaining({ record: 'component', name: 'webui', path: 'deployment.instances', ours: 5, theirs: 3 })]);
    const validate = await runCli(['validate', join(repo.dir, FILE)]);
    expect(validate.code).toBe(0);
    execFileSync('git', ['merge', '--abort'], { cwd: repo.dir });
  });
});
