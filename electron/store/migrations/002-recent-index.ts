import type { Database } from 'better-sqlite3';

/** The recent-projects list sorts by last opened time; index it so the start screen stays instant. */
export function up(db: Database): void {
  db.exec('CREATE INDEX projects_by_last_opened ON projects(last_opened_at) WHERE last_opened_at IS NOT NULL;');
}
