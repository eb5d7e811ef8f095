import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from './commands';
import { repoRoot, runCli } from './testing/runCli';

const packageVersion = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
const built = join(repoRoot, 'out', 'main');

/** The built CLI's chunk files. */
function chunkNames(): string[] {
  return readdirSync(join(built, 'chunks'));
}

/**
 * The text of the given built files and of everything they import statically: what loads before
 * a command's own code runs.
 */
function chunkSource(entries: readonly string[]): string {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(built, file), 'utf8');
    for (const [, spec] of text.matchAll(/^import [^;]*?from "(\.[^"]+)";$/gm)) visit(posix.join(posix.dirname(file), spec!));
  };
  entries.forEach(visit);
  return [...seen].map((file) => readFileSync(join(built, file), 'utf8')).join('\n');
}

describe('tenfold (the built CLI in a child process)', () => {
  it('stops quietly when its reader closes the pipe early (tenfold check … | head)', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(
      process.execPath,
      [join(repoRoot, 'bin', 'tenfold.js'), 'check', join(repoRoot, 'test', 'fixtures', 'sock-shop.tenfold.json'), '--format', 'json'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.destroy(); // the reader is gone before the first line is written
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(stderr).not.toMatch(/^\s+at /m);
    expect([0, 1]).toContain(code);
  });

  it('--help lists every command and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: tenfold <command>');
    for (const command of commands)
      expect(run.stdout).toMatch(new RegExp(`^  ${command.name} +${command.summary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
    expect(run.stdout).toContain('serve');
  });

  it('without arguments prints the help and exits 2', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('Usage: tenfold <command>');
  });

  it('--version prints the package version', async () => {
    const run = await runCli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(packageVersion);
  });

  it('an unknown command names itself and the way out, exit 2', async () => {
    const run = await runCli(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command "frobnicate"');
    expect(run.stderr).toContain('tenfold --help');
    expect(run.stdout).toBe('');
  });

  it('every listed command loads the module of that name', async () => {
    for (const entry of commands) expect((await entry.load()).usage).toMatch(new RegExp(`^Usage: tenfold ${entry.name} `));
  });

  it("--version and validate load neither the engine, the store, the host, the importers nor zod's classic API", () => {
    const validateChunk = chunkNames().find((name) => name.startsWith('validate-'));
    expect(validateChunk).toBeDefined();
    const source = chunkSource(['cli.js', `chunks/${validateChunk}`]);
    // The project file's schema is built with zod's mini API; the classic one costs ~20 ms more to load.
    for (const heavy of ['better-sqlite3', 'node:http', 'elkjs', 'yaml', 'function runCheck(', 'node_modules/zod/v4/classic/'])
      expect(source).not.toContain(heavy);
    expect(source).toContain('function parseProjectFile(');
    // The bundle names each module it holds in a comment: the check above relies on them being there.
    expect(source).toContain('node_modules/zod/v4/mini/');
  });

  it("marks exactly the commands whose code runs checks, so only they skip V8's top tier", () => {
    for (const entry of commands) {
      const chunk = chunkNames().find((name) => name.startsWith(`${entry.name}-`));
      expect(chunk, entry.name).toBeDefined();
      const source = chunkSource([`chunks/${chunk}`]);
      expect(entry.runsEngine === true, entry.name).toBe(source.includes('function runCheck('));
    }
  });

  it("<command> --help prints that command's usage", async () => {
    const run = await runCli(['serve', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: tenfold serve [--port N] [--data-dir DIR]');
  });
});
