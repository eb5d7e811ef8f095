import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/ipc/errors';
import type { OpenedProject, ProjectSummary, RevisionSummary } from '../../shared/ipc/contract';
import type { Project } from '../../shared/model/project';
import type { ProjectId, RevisionId } from '../../shared/model/ids';
import { withFreshIds } from '../../shared/model/freshIds';
import { openLibraryFile } from './libraryFile';
import { createRevisionModels, type EncodedModel } from './revisionModels';
import { prepareStatements, type ProjectRow, type Statements } from './statements';
import { storageError } from './storageErrors';
import { createUpkeep } from './upkeep';
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
  /**
   * The editor's automatic save: thinned as it ages (thinning.ts) and stored as changes to the
   * project's last full revision when that is much smaller. Every other revision is kept whole.
   */
  readonly autosave?: boolean;
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
  /** Resolves once no background backup is running. */
  settled(): Promise<void>;
  close(): void;
}

export interface LibraryOptions {
  /** The clock; tests pass a fixed one. */
  readonly now?: () => Date;
  /** Automatic backups on start and every few hours of changes (upkeep.ts); on unless turned off. */
  readonly backups?: boolean;
  /**
   * SQLite's quick check at open (libraryFile.ts); on unless turned off by a second connection
   * of a process that has just checked the file with its first.
   */
  readonly verify?: boolean;
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

/**
 * Opens the library in `dataDir` (created if missing, readable by the user only), checks it,
 * migrates its schema when needed, and thins and backs it up in the background (upkeep.ts).
 * A damaged file throws DamagedLibrary (libraryFile.ts), which names the backup to restore.
 */
export function openLibrary(dataDir: string, options: LibraryOptions = {}): Library {
  const { db, file } = openLibraryFile(dataDir, { verify: options.verify ?? true });
  try {
    const library = createLibrary(db, file, dataDir, options);
    return withStorageErrors(library, file);
  } catch (error) {
    if (db.open) db.close();
    throw storageError(error, file);
  }
}

/** Every method's SQLite failure as the error that names its cause (storageErrors.ts). */
function withStorageErrors(library: Library, file: string): Library {
  const guarded: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(library)) {
    guarded[key] =
      typeof value !== 'function'
        ? value
        : (...args: unknown[]) => {
            try {
              return (value as (...a: unknown[]) => unknown)(...args);
            } catch (error) {
              throw storageError(error, file);
            }
          };
  }
  return guarded as unknown as Library;
}

function createLibrary(db: Database, file: string, dataDir: string, options: LibraryOptions): Library {
  const now = options.now ?? (() => new Date());
  const sql: Statements = prepareStatements(db);
  // Only projects deleted long ago: another process sharing the library may still offer Undo
  // for one it deleted a minute ago.
  sql.purgeDeleted.run(new Date(now().getTime() - DELETED_RETENTION_DAYS * 86_400_000).toISOString());
  const timestamp = () => now().toISOString();
  const models = createRevisionModels((revisionId) => sql.revisionModel.get(revisionId));
  const upkeep = createUpkeep({ db, sql, models, dataDir, now, backups: options.backups ?? true });

  const summaryOf = (id: string): ProjectSummary => {
    const row = sql.summary.get(id);
    if (!row) throw notFound(id);
    return toSummary(row);
  };

  /** Encoded before the transaction so the write lock is held only for a few small statements. */
  interface Pending {
    project: Project;
    encoded: EncodedModel;
    summary: string;
    at: string;
    autosave: boolean;
  }
  const pending = (project: Project, summary: string, autosave = false): Pending => ({
    project,
    encoded: models.encode(project, autosave),
    summary,
    at: timestamp(),
    autosave,
  });

  const writeRevision = (revision: Pending): RevisionId => {
    const { project, summary, at, autosave } = revision;
    // Another process may have thinned away the full revision this one is changes to: store it whole.
    if (revision.encoded.baseId !== null && !sql.baseExists.get(revision.encoded.baseId, project.id)) revision.encoded = models.encode(project, false);
    const { model, baseId } = revision.encoded;
    const counts = { components: project.components.length, connections: project.connections.length };
    const revisionId = Number(
      sql.insertRevision.run({ projectId: project.id, at, summary, model, components: counts.components, autosave: autosave ? 1 : 0, baseId }).lastInsertRowid,
    ) as RevisionId;
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
    if (basedOn !== undefined && row.current_revision_id !== basedOn)
      throw staleRevision(revision.project, basedOn, sql.revisionSummary.get(row.current_revision_id ?? 0));
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
    latest = { project: models.read(row, id), revisionId: row.id as RevisionId, savedAt: row.saved_at };
    return latest;
  };

  const wrote = (revision: Pending, revisionId: RevisionId): void => {
    models.written(revision.project, revisionId, revision.encoded);
    latest = { project: revision.project, revisionId, savedAt: revision.at };
    upkeep.wrote(revision.project.id, revision.autosave);
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
      wrote(revision, createTx.immediate(revision));
      return latest!;
    },
    open(id) {
      const opened = current(id);
      sql.markOpened.run(timestamp(), id);
      return opened;
    },
    current,
    save(project, summary = 'Saved', options = {}) {
      const revision = pending(project, summary, options.autosave);
      const revisionId = saveTx.immediate(revision, options.basedOn);
      wrote(revision, revisionId);
      return { revisionId, savedAt: revision.at };
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
      const copy = {
        ...withFreshIds(project),
        name:
          name ??
          copyName(
            project.name,
            library.list().map((p) => p.name),
          ),
      };
      library.create(copy, `Duplicated from "${project.name}"`);
      return summaryOf(copy.id);
    },
    delete(id) {
      if (sql.deleteProject.run(timestamp(), id).changes === 0) throw notFound(id);
    },
    undelete(id) {
      if (sql.undeleteProject.run(id).changes === 0) {
        throw new AppError(
          'NOT_FOUND',
          `There is no deleted project with id ${id} to bring back: a deleted project can be brought back for ${DELETED_RETENTION_DAYS} days, unless a project with the same id was imported since.`,
        );
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
      return { project: models.read(row, id), revisionId: row.id as RevisionId, savedAt: row.saved_at };
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
    settled: () => upkeep.settled(),
    close() {
      upkeep.close();
      if (db.open) db.close();
    },
  };
  upkeep.started();
  return library;
}
