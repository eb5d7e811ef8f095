import type { Database } from 'better-sqlite3';

/**
 * A deleted project is kept, with its whole revision history, until the library is next opened,
 * so "Undo" after a delete brings every revision back. `live_projects` is what every read sees.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE projects ADD COLUMN deleted_at TEXT;
    CREATE VIEW live_projects AS SELECT * FROM projects WHERE deleted_at IS NULL;
  `);
}
