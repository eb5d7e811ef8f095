import type { Database } from 'better-sqlite3';

/**
 * Revisions learn what they are: `autosave` (1) for the editor's saves, which are thinned as they
 * age (thinning.ts), 0 for every other revision, always kept; and `base_id`, the full revision an
 * autosave is stored as changes to (revisionDelta.ts), NULL for a whole model. Existing revisions
 * are whole models and kept.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE revisions ADD COLUMN autosave INTEGER NOT NULL DEFAULT 0 CHECK (autosave IN (0, 1));
    ALTER TABLE revisions ADD COLUMN base_id INTEGER REFERENCES revisions(id);
    CREATE INDEX revisions_by_base ON revisions(base_id) WHERE base_id IS NOT NULL;
  `);
}
