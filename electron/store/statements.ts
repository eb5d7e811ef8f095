import type { Database } from 'better-sqlite3';

/** One project row as the summary queries return it. */
export interface ProjectRow {
  id: string;
  name: string;
  description: string | null;
  created_at: string;
  updated_at: string;
  last_opened_at: string | null;
  current_revision_id: number | null;
  component_count: number;
  connection_count: number;
  revision_count: number;
}

/** A revision's stored model: whole, or changes to the full revision base_id (revisionDelta.ts). */
export interface ModelRow {
  id: number;
  saved_at: string;
  model: Buffer;
  base_id: number | null;
}

export interface RevisionRow {
  id: number;
  project_id: string;
  saved_at: string;
  summary: string;
  component_count: number;
}

const SUMMARY_COLUMNS = `p.id, p.name, p.description, p.created_at, p.updated_at, p.last_opened_at, p.current_revision_id,
  p.component_count, p.connection_count,
  (SELECT count(*) FROM revisions r WHERE r.project_id = p.id) AS revision_count`;

/** Every statement the library runs, prepared once when it opens. */
export function prepareStatements(db: Database) {
  return {
    list: db.prepare<[], ProjectRow>(`SELECT ${SUMMARY_COLUMNS} FROM live_projects p ORDER BY p.name COLLATE NOCASE, p.id`),
    summary: db.prepare<[string], ProjectRow>(`SELECT ${SUMMARY_COLUMNS} FROM live_projects p WHERE p.id = ?`),
    recent: db.prepare<[number], ProjectRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM live_projects p WHERE p.last_opened_at IS NOT NULL ORDER BY p.last_opened_at DESC, p.id LIMIT ?`,
    ),
    insertProject: db.prepare(`INSERT INTO projects (id, name, description, created_at, updated_at, component_count, connection_count)
      VALUES (@id, @name, @description, @at, @at, @components, @connections)`),
    insertRevision: db.prepare(`INSERT INTO revisions (project_id, saved_at, summary, model, component_count, autosave, base_id)
      VALUES (@projectId, @at, @summary, @model, @components, @autosave, @baseId)`),
    updateProject: db.prepare(`UPDATE projects SET name = @name, description = @description, updated_at = @at,
      current_revision_id = @revisionId, component_count = @components, connection_count = @connections WHERE id = @id`),
    exists: db.prepare<[string], { found: number }>('SELECT 1 AS found FROM live_projects WHERE id = ?'),
    currentRevision: db.prepare<[string], { current_revision_id: number | null }>('SELECT current_revision_id FROM live_projects WHERE id = ?'),
    revisionSummary: db.prepare<[number], { id: number; saved_at: string; summary: string }>('SELECT id, saved_at, summary FROM revisions WHERE id = ?'),
    markOpened: db.prepare('UPDATE projects SET last_opened_at = ? WHERE id = ?'),
    // Deleting marks the project; its rows go when a library opens after the retention period
    // (purgeDeleted, with the cutoff time), or when a project with the same id is created (purgeDeletedId).
    deleteProject: db.prepare('UPDATE projects SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL'),
    undeleteProject: db.prepare('UPDATE projects SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL'),
    purgeDeleted: db.prepare('DELETE FROM projects WHERE deleted_at IS NOT NULL AND deleted_at < ?'),
    purgeDeletedId: db.prepare('DELETE FROM projects WHERE id = ? AND deleted_at IS NOT NULL'),
    currentModel: db.prepare<[string], ModelRow>(
      `SELECT r.id, r.saved_at, r.model, r.base_id FROM live_projects p JOIN revisions r ON r.id = p.current_revision_id WHERE p.id = ?`,
    ),
    revisionModel: db.prepare<[number], ModelRow & { project_id: string }>('SELECT id, project_id, saved_at, model, base_id FROM revisions WHERE id = ?'),
    baseExists: db.prepare<[number, string], { found: number }>('SELECT 1 AS found FROM revisions WHERE id = ? AND project_id = ?'),
    // Thinning (thinning.ts): the revisions of one project, and the projects with autosaves old enough to thin.
    thinnable: db.prepare<[string], { id: number; saved_at: string; autosave: number; base_id: number | null; model: Buffer }>(
      'SELECT id, saved_at, autosave, base_id, model FROM revisions WHERE project_id = ?',
    ),
    rewriteRevision: db.prepare('UPDATE revisions SET model = @model, base_id = @baseId WHERE id = @id'),
    projectsWithOldAutosaves: db.prepare<[string], { project_id: string }>('SELECT DISTINCT project_id FROM revisions WHERE autosave = 1 AND saved_at < ?'),
    deleteRevision: db.prepare('DELETE FROM revisions WHERE id = ?'),
    projectCount: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM projects'),
    revisions: db.prepare<[string], RevisionRow>(
      'SELECT id, project_id, saved_at, summary, component_count FROM revisions WHERE project_id = ? ORDER BY id DESC',
    ),
    settings: db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings ORDER BY key'),
    setSetting: db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'),
  };
}
export type Statements = ReturnType<typeof prepareStatements>;
