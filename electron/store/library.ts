import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/ipc/errors';
import type { OpenedProject, ProjectSummary, RevisionSummary } from '../../shared/ipc/contract';
import { CURRENT_SCHEMA_VERSION, type Project } from '../../shared/model/project';
import type { ProjectId, RevisionId } from '../../shared/model/ids';
import { parseProjectFile } from '../../shared/model/projectFile';
import { withFreshIds } from '../../shared/model/freshIds';
import { openDatabase } from './database';
import { decodeModel, encodeModel } from './modelCodec';
import { LIBRARY_FILE } from './dataDir';
import { prepareStatements, type ProjectRow, type Statements } from './statements';
import { copyName } from '../../shared/model/copyName';

export interface SavedRevision {
  readonly revisionId: RevisionId;
  readonly savedAt: string;
}

export interface SaveOptions {
  /**
   * The revision the caller's project was made from. When another window or process has saved a
   * newer one since, the save is refused with REVISION_CONFLICT instead of replacing that work.
   */
  readonly basedOn?: number;
}

/** How long a deleted project can still be brought back before its rows are purged. */
export const DELETED_RETENTION_DAYS = 7;

/** The project library: one SQLite file; every save is a revision that can be listed and restored. */
export interface Library {
  /** The database file. */
  readonly file: string;
  list(): ProjectSummary[];
  /** The project's summary, or undefined when no project has this id. */
  find(id: string): ProjectSummary | undefined;
  /** Adds a new project with its first revision. CONFLICT when the id exists. */
  create(project: Project, summary?: string): OpenedProject;
  /** The current revision, and marks the project as opened (the recent list). */
  open(id: string): OpenedProject;
  /** The current revision without marking it opened. */
  current(id: string): OpenedProject;
  /** Saves a new revision and makes it current, in one transaction. */
  save(project: Project, summary?: string, options?: SaveOptions): SavedRevision;
  /**
   * Reads the current revision, changes it and saves the result, retrying when another process
   * saved in between, so a change made here never overwrites one made there.
   */
  update(id: string, change: (project: Project) => Project, summary: string): OpenedProject;
  rename(id: string, name: string): ProjectSummary;
  duplicate(id: string, name?: string): ProjectSummary;
  /** Deletes a project; for DELETED_RETENTION_DAYS, `undelete` brings it back whole. */
  delete(id: string): void;
  /** A recently deleted project, back with every revision. */
  undelete(id: string): ProjectSummary;
  listRevisions(id: string): RevisionSummary[];
  /** One stored revision of the project, without changing anything. */
  revision(id: string, revisionId: number): OpenedProject;
  /** Makes an earlier revision current by saving it again as "Restored revision N"; history stays. */
  restore(id: string, revisionId: number): OpenedProject;
  recent(limit?: number): ProjectSummary[];
  settings(): Record<string, string>;
  setSetting(key: string, value: string): Record<string, string>;
  close(): void;
}

export interface LibraryOptions {
  /** The clock; tests pass a fixed one. */
  readonly now?: () => Date;
}

function toSummary(row: ProjectRow): ProjectSummary {
  return {
    id: row.id as ProjectId,
    name: row.name,
    ...(row.description !== null ? { description: row.description } : {}),
    componentCount: row.component_count,
    connectionCount: row.connection_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastOpenedAt: row.last_opened_at,
    revisionCount: row.revision_count,
  };
}

/** Reads and saves again at most this often when other processes keep saving the same project. */
const UPDATE_ATTEMPTS = 5;

function staleRevision(project: Project, basedOn: number, latest: { id: number; saved_at: string; summary: string } | undefined): AppError {
  const newer = latest ? `revision ${latest.id} ("${latest.summary}", saved ${latest.saved_at})` : 'a newer revision';
  return new AppError(
    'REVISION_CONFLICT',
    `"${project.name}" was saved elsewhere (another window, tab or program) after revision ${basedOn}, which this save is based on: ${newer} is now the latest. Nothing was overwritten. Reload the latest version, or keep yours as a new revision on top of it.`,
  );
}

function notFound(id: string): AppError {
  return new AppError('NOT_FOUND', `There is no project with id ${id} in the library. It may have been deleted; refresh the project list.`);
}

/** Opens the library in `dataDir` (created if missing), migrating its schema when needed. */
export function openLibrary(dataDir: string, options: LibraryOptions = {}): Library {
  const file = join(dataDir, LIBRARY_FILE);
  let db: Database;
  try {
    mkdirSync(dataDir, { recursive: true });
    db = openDatabase(file);
  } catch (error) {
    if (error instanceof AppError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('INTERNAL', `Tenfold cannot open its library ${file}: ${reason}. Check that the folder is writable and the file is a Tenfold library, or set TENFOLD_DATA_DIR to another folder.`);
  }
  return createLibrary(db, file, options.now ?? (() => new Date()));
}

function createLibrary(db: Database, file: string, now: () => Date): Library {
  const sql: Statements = prepareStatements(db);
  // Only projects deleted long ago: another process sharing the library may still offer Undo
  // for one it deleted a minute ago.
  sql.purgeDeleted.run(new Date(now().getTime() - DELETED_RETENTION_DAYS * 86_400_000).toISOString());
  const timestamp = () => now().toISOString();

  const summaryOf = (id: string): ProjectSummary => {
    const row = sql.summary.get(id);
    if (!row) throw notFound(id);
    return toSummary(row);
  };

  /**
   * A stored model. Only validated projects are ever written, so a current-version model is
   * trusted as is (validating 10,000 components again would blow the 100 ms open budget); an
   * older one goes through the project-file loader, which migrates and validates it.
   */
  const readModel = (blob: Buffer, revisionId: number): Project => {
    const text = decodeModel(blob);
    const data = JSON.parse(text) as { schemaVersion?: unknown };
    if (data.schemaVersion === CURRENT_SCHEMA_VERSION) return data as Project;
    return parseProjectFile(text, `revision ${revisionId} in the library`);
  };

  /** Encoded before the transaction so the write lock is held only for two small statements. */
  interface Pending { project: Project; model: Buffer; summary: string; at: string }
  const pending = (project: Project, summary: string): Pending => ({ project, model: encodeModel(project), summary, at: timestamp() });

  const writeRevision = ({ project, model, summary, at }: Pending): RevisionId => {
    const counts = { components: project.components.length, connections: project.connections.length };
    const revisionId = Number(sql.insertRevision.run({ projectId: project.id, at, summary, model, components: counts.components }).lastInsertRowid) as RevisionId;
    sql.updateProject.run({ id: project.id, name: project.name, description: project.description ?? null, at, revisionId, ...counts });
    return revisionId;
  };

  // Every write transaction takes the write lock as it begins (BEGIN IMMEDIATE): a transaction
  // that reads first and then writes cannot wait for another process's lock (SQLite refuses it at
  // once to avoid a deadlock, so the busy timeout never applies), while one that asks first waits.
  const createTx = db.transaction((revision: Pending): RevisionId => {
    const { project, at } = revision;
    if (sql.exists.get(project.id)) {
      throw new AppError('CONFLICT', `A project with id ${project.id} is already in the library. Replace it or import a copy instead.`);
    }
    // A deleted project with this id (imported again after a delete) gives way for good.
    sql.purgeDeletedId.run(project.id);
    sql.insertProject.run({ id: project.id, name: project.name, description: project.description ?? null, at, components: 0, connections: 0 });
    return writeRevision(revision);
  });

  const saveTx = db.transaction((revision: Pending, basedOn: number | undefined): RevisionId => {
    // A plain lookup: the summary query also counts revisions, which grows with the history.
    const row = sql.currentRevision.get(revision.project.id);
    if (!row) throw notFound(revision.project.id);
    if (basedOn !== undefined && row.current_revision_id !== basedOn) throw staleRevision(revision.project, basedOn, sql.revisionSummary.get(row.current_revision_id ?? 0));
    return writeRevision(revision);
  });

  /**
   * The revision saved or opened last, as that object: autosave sends changes to it (projects:save
   * with `since`), and applying them to this object keeps every component the edit did not touch,
   * and with it the JSON text encodeModel already wrote for them; nor is the revision read and
   * parsed again. A revision never changes once written, so holding it cannot go stale.
   */
  let latest: OpenedProject | undefined;

  const current = (id: string): OpenedProject => {
    const row = sql.currentModel.get(id);
    if (!row) throw notFound(id);
    latest = { project: readModel(row.model, row.id), revisionId: row.id as RevisionId, savedAt: row.saved_at };
    return latest;
  };

  const library: Library = {
    file,
    list: () => sql.list.all().map(toSummary),
    find: (id) => {
      const row = sql.summary.get(id);
      return row ? toSummary(row) : undefined;
    },
    create(project, summary = 'Created') {
      if (sql.exists.get(project.id)) {
        throw new AppError('CONFLICT', `A project with id ${project.id} is already in the library. Replace it or import a copy instead.`);
      }
      const revision = pending(project, summary);
      latest = { project, revisionId: createTx.immediate(revision), savedAt: revision.at };
      return latest;
    },
    open(id) {
      const opened = current(id);
      sql.markOpened.run(timestamp(), id);
      return opened;
    },
    current,
    save(project, summary = 'Saved', options = {}) {
      const revision = pending(project, summary);
      latest = { project, revisionId: saveTx.immediate(revision, options.basedOn), savedAt: revision.at };
      return { revisionId: latest.revisionId, savedAt: latest.savedAt };
    },
    update(id, change, summary) {
      for (let attempt = 1; ; attempt++) {
        const base = current(id);
        const project = change(base.project);
        try {
          return { project, ...library.save(project, summary, { basedOn: base.revisionId }) };
        } catch (error) {
          // Another process saved between the read and the write: apply the change to theirs.
          if (!(error instanceof AppError && error.code === 'REVISION_CONFLICT') || attempt >= UPDATE_ATTEMPTS) throw error;
        }
      }
    },
    rename(id, name) {
      library.update(id, (project) => ({ ...project, name }), `Renamed to "${name}"`);
      return summaryOf(id);
    },
    duplicate(id, name) {
      const { project } = current(id);
      const copy = { ...withFreshIds(project), name: name ?? copyName(project.name, library.list().map((p) => p.name)) };
      library.create(copy, `Duplicated from "${project.name}"`);
      return summaryOf(copy.id);
    },
    delete(id) {
      if (sql.deleteProject.run(timestamp(), id).changes === 0) throw notFound(id);
    },
    undelete(id) {
      if (sql.undeleteProject.run(id).changes === 0) {
        throw new AppError('NOT_FOUND', `There is no deleted project with id ${id} to bring back: a deleted project can be brought back for ${DELETED_RETENTION_DAYS} days, unless a project with the same id was imported since.`);
      }
      return summaryOf(id);
    },
    listRevisions(id) {
      summaryOf(id);
      return sql.revisions.all(id).map((r) => ({
        id: r.id as RevisionId,
        projectId: r.project_id as ProjectId,
        savedAt: r.saved_at,
        summary: r.summary,
        componentCount: r.component_count,
      }));
    },
    revision(id, revisionId) {
      summaryOf(id);
      if (latest?.revisionId === revisionId && latest.project.id === id) return latest;
      const row = sql.revisionModel.get(revisionId);
      if (!row || row.project_id !== id) {
        throw new AppError('NOT_FOUND', `Project ${id} has no revision ${revisionId}. Refresh the revision list and pick one of its entries.`);
      }
      return { project: readModel(row.model, row.id), revisionId: row.id as RevisionId, savedAt: row.saved_at };
    },
    restore(id, revisionId) {
      const { project } = library.revision(id, revisionId);
      const saved = library.save(project, `Restored revision ${revisionId}`);
      return { project, ...saved };
    },
    recent: (limit = 10) => sql.recent.all(limit).map(toSummary),
    settings: () => Object.fromEntries(sql.settings.all().map((s) => [s.key, s.value])),
    setSetting(key, value) {
      sql.setSetting.run(key, value);
      return library.settings();
    },
    close() {
      if (db.open) db.close();
    },
  };
  return library;
}
