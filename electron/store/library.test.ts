import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/ipc/errors';
import { Project } from '../../shared/model/project';
import { serializeProject } from '../../shared/model/projectFile';
import { sampleProjectInput } from '../../shared/model/testing/sampleProject';
import { DELETED_RETENTION_DAYS, openLibrary, type Library } from './library';

let dir: string;
let library: Library;
let clock: number;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tenfold-library-'));
  clock = Date.parse('2026-03-01T10:00:00.000Z');
  // Each call advances one second, so ordering by time is observable.
  library = openLibrary(dir, { now: () => new Date((clock += 1000)) });
});

afterEach(() => {
  library.close();
  rmSync(dir, { recursive: true, force: true });
});

const sample = () => Project.parse(sampleProjectInput());

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('library', () => {
  it('uses WAL, foreign keys and STRICT tables', () => {
    const db = new BetterSqlite3(library.file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = db
      .prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all();
    expect(tables).toEqual([
      { name: 'projects', strict: 1 },
      { name: 'revisions', strict: 1 },
      { name: 'settings', strict: 1 },
    ]);
    db.close();
  });

  it('creates, lists and opens a project, keeping the model byte for byte', () => {
    const project = sample();
    const created = library.create(project);
    expect(created.revisionId).toBeGreaterThan(0);
    expect(library.list()).toEqual([
      expect.objectContaining({ id: project.id, name: 'Sample shop', componentCount: 3, connectionCount: 2, revisionCount: 1, lastOpenedAt: null }),
    ]);
    const opened = library.open(project.id);
    expect(serializeProject(opened.project)).toBe(serializeProject(project));
    expect(library.find(project.id)!.lastOpenedAt).not.toBeNull();
  });

  it('saves revisions and keeps every earlier state', () => {
    const project = sample();
    library.create(project);
    const bigger = {
      ...project,
      components: [...project.components, { id: '00000000-0000-4000-8000-0000000000dd', name: 'cache', kind: 'cache' as const }],
    } as Project;
    const saved = library.save(bigger, 'Added a cache');
    expect(library.current(project.id).revisionId).toBe(saved.revisionId);
    expect(library.current(project.id).project.components).toHaveLength(4);
    const revisions = library.listRevisions(project.id);
    expect(revisions.map((r) => [r.summary, r.componentCount])).toEqual([
      ['Added a cache', 4],
      ['Created', 3],
    ]);
    expect(library.find(project.id)).toMatchObject({ componentCount: 4, revisionCount: 2 });
  });

  it('hands autosave the revision it saved last as saved, and stores each edit to it whole', () => {
    const project = sample();
    library.create(project);
    const saved = library.save({ ...project, name: 'Edited shop' });
    // The same object: applying an edit to it keeps the components the edit does not touch.
    const last = library.revision(project.id, saved.revisionId).project;
    expect(last.name).toBe('Edited shop');
    expect(library.revision(project.id, saved.revisionId).project).toBe(last);
    const [first, ...rest] = last.components;
    const edited: Project = { ...last, components: [{ ...first!, name: 'renamed' }, ...rest] };
    const next = library.save(edited);
    // What a fresh library reads back from the file is the edit, whole, and the earlier revision is intact.
    library.close();
    library = openLibrary(dir);
    expect(library.revision(project.id, next.revisionId).project).toEqual(edited);
    expect(library.revision(project.id, saved.revisionId).project).toEqual({ ...project, name: 'Edited shop' });
  });

  it('restores an earlier revision as a new one, never deleting history', () => {
    const project = sample();
    const first = library.create(project);
    library.save({ ...project, name: 'Renamed shop' });
    const restored = library.restore(project.id, first.revisionId);
    expect(restored.project.name).toBe('Sample shop');
    expect(library.listRevisions(project.id).map((r) => r.summary)).toEqual([`Restored revision ${first.revisionId}`, 'Saved', 'Created']);
    expect(library.find(project.id)!.name).toBe('Sample shop');
  });

  it('renames through a revision so the model and the list agree', () => {
    const project = sample();
    library.create(project);
    expect(library.rename(project.id, 'Checkout').name).toBe('Checkout');
    expect(library.current(project.id).project.name).toBe('Checkout');
    expect(library.listRevisions(project.id)[0]!.summary).toBe('Renamed to "Checkout"');
  });

  it('duplicates with fresh ids', () => {
    const project = sample();
    library.create(project);
    const copy = library.duplicate(project.id);
    expect(copy.name).toBe('Sample shop (copy)');
    expect(copy.id).not.toBe(project.id);
    const copied = library.current(copy.id).project;
    expect(copied.components.map((c) => c.id)).not.toContain(project.components[0]!.id);
    expect(library.list()).toHaveLength(2);
  });

  it('deletes a project at once for every read, keeps it for Undo across restarts, and purges it after the retention period', () => {
    const project = sample();
    library.create(project);
    library.save(project);
    library.delete(project.id);
    expect(library.list()).toEqual([]);
    expect(library.find(project.id)).toBeUndefined();
    expect(codeOf(() => library.open(project.id))).toBe('NOT_FOUND');
    expect(codeOf(() => library.listRevisions(project.id))).toBe('NOT_FOUND');
    expect(codeOf(() => library.save(project))).toBe('NOT_FOUND');
    expect(codeOf(() => library.delete(project.id))).toBe('NOT_FOUND');
    const revisions = () => {
      const db = new BetterSqlite3(library.file, { readonly: true });
      try {
        return db.prepare('SELECT count(*) AS n FROM revisions').get();
      } finally {
        db.close();
      }
    };
    // Another process opening the library (or this one restarting) must not take Undo away.
    const other = openLibrary(dir, { now: () => new Date(clock) });
    other.close();
    library.close();
    library = openLibrary(dir, { now: () => new Date(clock) });
    expect(revisions()).toEqual({ n: 2 });
    expect(library.undelete(project.id)).toMatchObject({ id: project.id, revisionCount: 2 });
    library.delete(project.id);
    library.close();
    // Opened a day before the retention period ends: still kept; after it: purged.
    library = openLibrary(dir, { now: () => new Date(clock + (DELETED_RETENTION_DAYS - 1) * 86_400_000) });
    expect(revisions()).toEqual({ n: 2 });
    library.close();
    library = openLibrary(dir, { now: () => new Date(clock + (DELETED_RETENTION_DAYS + 1) * 86_400_000) });
    expect(revisions()).toEqual({ n: 0 });
    expect(codeOf(() => library.undelete(project.id))).toBe('NOT_FOUND');
  });

  it("brings a deleted project back with every revision (the delete's Undo)", () => {
    const project = sample();
    library.create(project);
    library.save({ ...project, name: 'Renamed' }, 'Renamed');
    const before = library.listRevisions(project.id);
    library.delete(project.id);
    expect(library.undelete(project.id)).toMatchObject({ id: project.id, name: 'Renamed', revisionCount: 2 });
    expect(library.listRevisions(project.id)).toEqual(before);
    expect(library.current(project.id).project.name).toBe('Renamed');
    expect(codeOf(() => library.undelete(project.id))).toBe('NOT_FOUND');
  });

  it("lets a project with a deleted project's id be created again (an import after a delete)", () => {
    const project = sample();
    library.create(project);
    library.delete(project.id);
    library.create({ ...project, name: 'Imported again' });
    expect(library.list().map((p) => [p.name, p.revisionCount])).toEqual([['Imported again', 1]]);
    expect(codeOf(() => library.undelete(project.id))).toBe('NOT_FOUND');
  });

  it('refuses a save based on a revision that is no longer the latest, and writes nothing', () => {
    const project = sample();
    const first = library.create(project).revisionId;
    const second = library.save({ ...project, name: 'Renamed elsewhere' }, 'Renamed', { basedOn: first }).revisionId;
    let caught: unknown;
    try {
      library.save({ ...project, description: 'an edit made on revision 1' }, 'Saved', { basedOn: first });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('REVISION_CONFLICT');
    expect((caught as AppError).message).toContain(`after revision ${first}`);
    expect((caught as AppError).message).toContain(`revision ${second} ("Renamed"`);
    expect(library.current(project.id)).toMatchObject({ revisionId: second, project: { name: 'Renamed elsewhere' } });
    expect(library.listRevisions(project.id)).toHaveLength(2);
    // Based on the latest, it goes through; without a base (a script replacing the project), too.
    expect(library.save({ ...project, description: 'on top' }, 'Saved', { basedOn: second }).revisionId).toBeGreaterThan(second);
    expect(library.save(project).revisionId).toBeGreaterThan(second);
  });

  it('waits for another connection holding the write lock instead of failing with "database is locked"', async () => {
    const project = sample();
    library.create(project);
    // Another writer (a worker thread with its own connection, as another process would have)
    // takes the write lock and keeps it for 400 ms.
    const holder = new Worker(
      `
      const { parentPort, workerData } = require('node:worker_threads');
      const Database = require('better-sqlite3');
      const db = new Database(workerData);
      db.exec('BEGIN IMMEDIATE');
      db.prepare("INSERT INTO settings (key, value) VALUES ('held', 'yes')").run();
      parentPort.postMessage('locked');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 400);
      db.exec('COMMIT');
      db.close();
    `,
      { eval: true, workerData: library.file },
    );
    await new Promise((resolve) => holder.once('message', resolve));
    const started = performance.now();
    const saved = library.save({ ...project, name: 'Saved while locked' });
    expect(performance.now() - started).toBeGreaterThan(250);
    expect(library.current(project.id).revisionId).toBe(saved.revisionId);
    expect(library.settings()).toEqual({ held: 'yes' });
    await holder.terminate();
  });

  it('applies a read-modify-write change to what another process saved in between, never over it', () => {
    const project = sample();
    library.create(project);
    const other = openLibrary(dir, { now: () => new Date((clock += 1000)) });
    try {
      let calls = 0;
      library.update(
        project.id,
        (current) => {
          // The first time, another process renames the project between this read and the write.
          if (++calls === 1) other.rename(project.id, 'Renamed by the other process');
          return { ...current, description: 'decided here' };
        },
        'Decision',
      );
      expect(calls).toBe(2);
      const saved = other.current(project.id).project;
      expect(saved).toMatchObject({ name: 'Renamed by the other process', description: 'decided here' });
      expect(other.listRevisions(project.id).map((r) => r.summary)).toEqual(['Decision', 'Renamed to "Renamed by the other process"', 'Created']);
    } finally {
      other.close();
    }
  });

  it('lists recent projects by last opened, newest first', () => {
    const a = sample();
    const b = { ...sample(), id: '10000000-0000-4000-8000-000000000002', name: 'Other' } as Project;
    library.create(a);
    library.create(b);
    expect(library.recent()).toEqual([]);
    library.open(a.id);
    library.open(b.id);
    expect(library.recent().map((p) => p.name)).toEqual(['Other', 'Sample shop']);
    library.open(a.id);
    expect(library.recent(1).map((p) => p.name)).toEqual(['Sample shop']);
  });

  it('stores settings', () => {
    expect(library.settings()).toEqual({});
    library.setSetting('theme', 'dark');
    expect(library.setSetting('theme', 'light')).toEqual({ theme: 'light' });
  });

  it('reports unknown ids and revisions as NOT_FOUND and a second create as CONFLICT', () => {
    const missing = '10000000-0000-4000-8000-0000000000ff';
    expect(codeOf(() => library.open(missing))).toBe('NOT_FOUND');
    expect(codeOf(() => library.save({ ...sample(), id: missing } as Project))).toBe('NOT_FOUND');
    expect(codeOf(() => library.delete(missing))).toBe('NOT_FOUND');
    expect(codeOf(() => library.listRevisions(missing))).toBe('NOT_FOUND');
    const project = sample();
    library.create(project);
    expect(codeOf(() => library.create(project))).toBe('CONFLICT');
    expect(codeOf(() => library.restore(project.id, 9999))).toBe('NOT_FOUND');
    const other = { ...sample(), id: '10000000-0000-4000-8000-000000000002' } as Project;
    const otherRevision = library.create(other).revisionId;
    expect(codeOf(() => library.restore(project.id, otherRevision))).toBe('NOT_FOUND');
  });

  it('explains a data folder whose library file is not a database, and offers no backup it does not have', () => {
    const other = join(dir, 'not-a-library');
    openLibrary(other).close();
    writeFileSync(join(other, 'library.sqlite'), 'these are my notes, not a database');
    let caught: unknown;
    try {
      openLibrary(other);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('LIBRARY_DAMAGED');
    expect((caught as AppError).message).toMatch(/^The library .*library\.sqlite is damaged: file is not a database\. There is no good backup to restore\./);
    expect((caught as AppError).message).not.toContain('writable');
  });

  it('is readable by its user only: the data folder 0700, the library and its WAL 0600', () => {
    const fresh = join(dir, 'fresh', 'Tenfold');
    const other = openLibrary(fresh, { backups: false });
    other.create(sample());
    try {
      expect(statSync(fresh).mode & 0o777).toBe(0o700);
      for (const name of ['library.sqlite', 'library.sqlite-wal']) expect(statSync(join(fresh, name)).mode & 0o777).toBe(0o600);
    } finally {
      other.close();
    }
    // A library an older Tenfold left readable by everyone is tightened when opened.
    chmodSync(join(fresh, 'library.sqlite'), 0o644);
    openLibrary(fresh, { backups: false }).close();
    expect(statSync(join(fresh, 'library.sqlite')).mode & 0o777).toBe(0o600);
  });

  it('keeps its data across close and reopen', () => {
    const project = sample();
    library.create(project);
    library.close();
    library = openLibrary(dir);
    expect(library.list().map((p) => p.id)).toEqual([project.id]);
  });
});
