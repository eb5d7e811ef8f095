import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Project } from '../../shared/model/project';
import { serializeProject } from '../../shared/model/projectFile';
import { openLibrary, type Library } from './library';
import { editedOnce, projectWithLayout } from './testing/autosaves';

let dir: string;
let library: Library;
let clock: number;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tenfold-revisions-'));
  clock = Date.parse('2026-03-01T08:00:00.000Z');
  library = openLibrary(dir, { now: () => new Date(clock), backups: false });
});
afterEach(() => {
  library.close();
  rmSync(dir, { recursive: true, force: true });
});

function storedRows(): { id: number; bytes: number; base: number | null; autosave: number }[] {
  const db = new BetterSqlite3(library.file, { readonly: true });
  try {
    return db.prepare('SELECT id, length(model) AS bytes, base_id AS base, autosave FROM revisions ORDER BY id').all() as never;
  } finally {
    db.close();
  }
}

/** When each revision of the last autosave() call was saved. */
const savedAt = new Map<number, number>();

/** Autosaves `count` edits a minute apart, as the editor sends them; returns each project saved by revision id. */
function autosave(start: Project, count: number, minutes = 1): Map<number, Project> {
  const saved = new Map<number, Project>();
  savedAt.clear();
  let project = start;
  let revisionId = library.current(start.id).revisionId as number;
  for (let round = 1; round <= count; round++) {
    clock += minutes * 60_000;
    project = editedOnce(project, round);
    revisionId = library.save(project, `Edit ${round}`, { autosave: true, basedOn: revisionId }).revisionId;
    saved.set(revisionId, project);
    savedAt.set(revisionId, clock);
  }
  return saved;
}

describe('revision storage', () => {
  it('stores 600 autosaves of a 1,000-component project as changes, each read back exactly', () => {
    const project = projectWithLayout(1000);
    library.create(project);
    const saved = autosave(project, 600);
    const rows = storedRows();
    const whole = rows[0]!.bytes;
    const changes = rows.filter((row) => row.base !== null);
    expect(changes.length).toBeGreaterThan(550);
    // Each autosave stored as changes is a small fraction of the whole model.
    expect(Math.max(...changes.map((row) => row.bytes))).toBeLessThan(whole / 4);
    library.close();
    const fileBytes = statSync(join(dir, 'library.sqlite')).size;
    console.log(
      `600 autosaves at 1,000 components: library ${(fileBytes / 1e6).toFixed(2)} MB; a whole model ${(whole / 1e3).toFixed(0)} KB, changes at most ${(Math.max(...changes.map((row) => row.bytes)) / 1e3).toFixed(1)} KB`,
    );
    expect(fileBytes).toBeLessThan((whole * 600) / 10);
    // Read back by a fresh library (nothing cached): every sampled revision is the project as saved.
    library = openLibrary(dir, { now: () => new Date(clock), backups: false });
    for (const [revisionId, expected] of [...saved].filter((_, i) => i % 37 === 0 || i === saved.size - 1)) {
      expect(serializeProject(library.revision(project.id, revisionId).project)).toBe(serializeProject(expected));
    }
    expect(serializeProject(library.open(project.id).project)).toBe(serializeProject([...saved.values()].at(-1)!));
  }, 90_000); // 600 real saves: about 5 s alone, several times that on a loaded 2-core machine

  it('thins autosaves older than a day to the last of each hour, keeping explicit revisions', () => {
    const project = projectWithLayout(50);
    const created = library.create(project).revisionId;
    // Two days of autosaves every 10 minutes, with a rename (explicit) in the middle.
    const saved = autosave(project, 6 * 24, 10);
    const renamed = library.rename(project.id, 'Renamed');
    const later = autosave(library.current(project.id).project, 6 * 24, 10);
    const laterAt = new Map(savedAt);
    // A day later still: the first day's autosaves are now old enough to thin.
    clock += 30 * 60_000;
    const last = library.save(editedOnce(library.current(project.id).project, 9999), 'Edit', { autosave: true }).revisionId;
    const kept = new Set(library.listRevisions(project.id).map((r) => r.id as number));
    expect(kept.has(created)).toBe(true);
    expect(kept.has(last)).toBe(true);
    expect([...kept].some((id) => library.listRevisions(project.id).find((r) => r.id === id)?.summary === `Renamed to "Renamed"`)).toBe(true);
    expect(renamed.name).toBe('Renamed');
    // Read back by a fresh library: the kept revisions stored as changes to thinned ones were stored again.
    library.close();
    library = openLibrary(dir, { now: () => new Date(clock), backups: false });
    const oldAutosaves = [...saved.keys()];
    const keptOld = oldAutosaves.filter((id) => kept.has(id));
    // The first day's autosaves (one every 10 minutes) are down to about one per hour...
    expect(keptOld.length).toBeLessThanOrEqual(25);
    expect(keptOld.length).toBeGreaterThanOrEqual(20);
    // ...and every kept one still reads back as saved.
    for (const id of keptOld) expect(serializeProject(library.revision(project.id, id).project)).toBe(serializeProject(saved.get(id)!));
    // The last day's are all there.
    const recent = [...later.keys()].filter((id) => laterAt.get(id)! > clock - 24 * 3_600_000);
    expect(recent.length).toBeGreaterThan(130);
    for (const id of recent) expect(kept.has(id)).toBe(true);
    for (const id of [...later.keys()].filter((id) => kept.has(id)))
      expect(serializeProject(library.revision(project.id, id).project)).toBe(serializeProject(later.get(id)!));
  });
});
