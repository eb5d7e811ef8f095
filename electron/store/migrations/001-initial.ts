import type { Database } from 'better-sqlite3';

/**
 * The first library schema: projects, their revisions (every save keeps the whole model, see
 * modelCodec.ts) and settings. Counts are copied out of the model so the
 * project list never parses models.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE projects (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      description TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      last_opened_at TEXT,
      current_revision_id INTEGER,
      component_count INTEGER NOT NULL DEFAULT 0,
      connection_count INTEGER NOT NULL DEFAULT 0
    ) STRICT;

    CREATE TABLE revisions (
      id INTEGER PRIMARY KEY,
      project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
      saved_at TEXT NOT NULL,
      summary TEXT NOT NULL,
      model BLOB NOT NULL,
      component_count INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX revisions_by_project ON revisions(project_id, id);

    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
  `);
}
