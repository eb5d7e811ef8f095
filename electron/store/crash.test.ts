import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { parseProjectFile, serializeProject } from '../../shared/model/projectFile';
import { openLibrary } from './library';
import { CRASH_PROJECT_ID } from './testing/crashProject';

const childScript = join(import.meta.dirname, 'testing', 'saveLoop.ts');
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the save loop in a child process and SIGKILLs it once `target` saves were reported. */
function saveUntilKilled(dataDir: string, target: number): Promise<Map<number, number>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', childScript, dataDir], {
      cwd: join(import.meta.dirname, '..', '..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const reported = new Map<number, number>();
    let buffered = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        const [revisionId, round] = line.split(' ').map(Number);
        reported.set(revisionId!, round!);
      }
      // Killed while it is saving: it never stops between reports.
      if (reported.size >= target && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(reported);
      else reject(new Error(`the save loop exited by itself (code ${code}): ${stderr}`));
    });
  });
}

describe('a crash during a stream of saves', () => {
  it('loses no committed revision and leaves the database intact', async () => {
    dir = mkdtempSync(join(tmpdir(), 'tenfold-crash-'));
    const reported = await saveUntilKilled(dir, 40);
    expect(reported.size).toBeGreaterThanOrEqual(40);

    const db = new BetterSqlite3(join(dir, 'library.sqlite'));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();

    const library = openLibrary(dir);
    try {
      const stored = new Map(library.listRevisions(CRASH_PROJECT_ID).map((r) => [r.id as number, r]));
      for (const [revisionId, round] of reported) {
        expect(stored.get(revisionId)?.summary).toBe(`round ${round}`);
        const { project } = library.revision(CRASH_PROJECT_ID, revisionId);
        expect(project.description).toBe(`round ${round}`);
        expect(project.components).toHaveLength(300);
        // Parseable as a project file too: the whole model survived, not just the row.
        expect(parseProjectFile(serializeProject(project), 'restored.tenfold.json').components[0]!.name).toBe(`round ${round}`);
      }
      // The current revision is the last one reported, or one committed just before the kill.
      const newest = Math.max(...reported.keys());
      expect(library.current(CRASH_PROJECT_ID).revisionId).toBeGreaterThanOrEqual(newest);
    } finally {
      library.close();
    }
  }, 60_000);
});
