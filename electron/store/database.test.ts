import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/ipc/errors';
import { migrate, openDatabase, schemaVersion } from './database';
import { storeMigrations } from './migrations/index';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tenfold-db-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const latest = storeMigrations.at(-1)!.version;

/** A database at an earlier schema version, as an older Tenfold left it, with one project in it. */
function databaseAt(file: string, version: number): void {
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  migrate(
    db,
    file,
    storeMigrations.filter((m) => m.version <= version),
  );
  if (version >= 1) {
    db.prepare("INSERT INTO projects (id, name, created_at, updated_at) VALUES ('p1', 'Old project', 'then', 'then')").run();
    db.prepare("INSERT INTO revisions (project_id, saved_at, summary, model, component_count) VALUES ('p1', 'then', 'Created', ?, 0)").run(Buffer.from('{}'));
  }
  db.close();
}

describe('library schema migrations', () => {
  for (let from = 0; from < latest; from++) {
    it(`upgrade a version ${from} database to version ${latest}, keeping its data`, () => {
      const file = join(dir, 'library.sqlite');
      databaseAt(file, from);
      const db: Database = openDatabase(file);
      expect(schemaVersion(db)).toBe(latest);
      if (from >= 1) {
        expect(db.prepare('SELECT name FROM projects').all()).toEqual([{ name: 'Old project' }]);
        expect(db.prepare('SELECT count(*) AS n FROM revisions').get()).toEqual({ n: 1 });
        // The copy taken before migrating is a readable database at the old version.
        const backup = new BetterSqlite3(`${file}.bak-v${from}`, { readonly: true });
        expect(schemaVersion(backup)).toBe(from);
        expect(backup.prepare('SELECT name FROM projects').all()).toEqual([{ name: 'Old project' }]);
        backup.close();
      } else {
        expect(existsSync(`${file}.bak-v0`)).toBe(false);
      }
      const indexes = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name").all();
      expect(indexes).toEqual([{ name: 'projects_by_last_opened' }, { name: 'revisions_by_base' }, { name: 'revisions_by_project' }]);
      db.close();
    });
  }

  it('does nothing (and takes no backup) when already current', () => {
    const file = join(dir, 'library.sqlite');
    openDatabase(file).close();
    openDatabase(file).close();
    expect(existsSync(`${file}.bak-v${latest}`)).toBe(false);
  });

  it('rolls back a failing migration and leaves the version unchanged', () => {
    const file = join(dir, 'library.sqlite');
    databaseAt(file, 1);
    const broken = [
      ...storeMigrations.filter((m) => m.version === 1),
      {
        version: 2,
        name: 'broken',
        up: (db: Database) => {
          db.exec('CREATE TABLE half_done (x INTEGER) STRICT');
          throw new Error('boom');
        },
      },
    ];
    expect(() => openDatabase(file, broken)).toThrow('boom');
    const db = new BetterSqlite3(file);
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a database from a newer Tenfold', () => {
    const file = join(dir, 'library.sqlite');
    const db = new BetterSqlite3(file);
    db.pragma(`user_version = ${latest + 5}`);
    db.close();
    let caught: unknown;
    try {
      openDatabase(file);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('NEWER_SCHEMA');
    expect((caught as AppError).message).toContain('TENFOLD_DATA_DIR');
  });
});
