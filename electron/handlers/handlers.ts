import type { Handlers } from './dispatch';
import type { ImportResult } from '../../shared/ipc/contract';
import type { FindingReview } from '../../shared/model/review';
import { newId, type ProjectId, type RevisionId } from '../../shared/model/ids';
import { applyProjectChanges, type ProjectChanges } from '../../shared/ipc/projectChanges';
import { AppError } from '../../shared/ipc/errors';
import { CURRENT_SCHEMA_VERSION, Project } from '../../shared/model/project';
import { parseProjectFile, projectFileName, serializeProject } from '../../shared/model/projectFile';
import { withFreshIds } from '../../shared/model/freshIds';
import type { Library } from '../store/library';
import { ruleDocs } from '../engine/check';
import type { CheckReplies } from '../checking/checkReplies';
import { compareProjects } from '../engine/diff/compare';
import { createChecking } from '../checking/checking';
import { listTemplates, loadTemplate } from '../templates/templates';
import { createExportHandlers } from './exportHandlers';
import { withDecision, withReviewUpdate } from './reviewChanges';
import { copyName } from '../../shared/model/copyName';

export interface HandlerServices {
  readonly library: Library;
  /** The folder holding the starter projects (`templates/` of the app). */
  readonly templatesDir: string;
  /** The clock for review history; tests pass a fixed one. */
  readonly now?: () => Date;
  /** The transport sends replies as JSON text (the web host): replies prepared ahead are encoded ahead too. */
  readonly repliesAsJson?: boolean;
  /** projects:open puts the project on the recent list; false for a shared review's participants, who write nothing. */
  readonly marksOpened?: boolean;
  /**
   * Starts the check of a project being opened somewhere else (the web host's check thread, see
   * electron/host/lanes) and returns the id it will answer to. Without it the check runs here.
   */
  readonly startOpenedCheck?: (projectId: string, revisionId: RevisionId) => string;
  /** The check channels' state (the checks held for relative replies), when the caller needs it too. */
  readonly checkReplies?: CheckReplies;
}

/**
 * The Node-side implementation of every channel in shared/ipc/contract.ts. Inputs arrive
 * validated by dispatch(); errors are thrown as AppError and become the envelope there.
 * Shared by Electron IPC, the web host and tests.
 */
export function createHandlers({
  library,
  templatesDir,
  now = () => new Date(),
  repliesAsJson = false,
  marksOpened = true,
  startOpenedCheck,
  checkReplies,
}: HandlerServices): Handlers {
  const blankProject = (name: string): Project =>
    Project.parse({ schemaVersion: CURRENT_SCHEMA_VERSION, id: newId<ProjectId>(), name, components: [], connections: [] });
  const checking = createChecking({ repliesAsJson, startOpenedCheck, checkReplies });

  return {
    ...createExportHandlers({ library, now }),
    'projects:list': () => library.list(),
    'projects:create': ({ name, templateId }) => {
      let project: Project;
      let summary = 'Created';
      if (templateId === undefined) {
        project = blankProject(name);
      } else {
        const template = loadTemplate(templatesDir, templateId);
        project = { ...withFreshIds(template), name };
        summary = `Created from the template "${template.name}"`;
      }
      library.create(project, summary);
      // Opened at once: a new project belongs in the recent list.
      return checking.opened(library.open(project.id));
    },
    'projects:open': ({ id }) => checking.opened(marksOpened ? library.open(id) : library.current(id)),
    'projects:save': ({ project, changes, since, basedOn, summary, autosave }) =>
      library.save(project ?? projectFromRevision(library, changes, since), summary, { basedOn: since ?? basedOn, autosave: autosave ?? false }),
    'projects:rename': ({ id, name }) => library.rename(id, name),
    'projects:duplicate': ({ id, name }) => library.duplicate(id, name),
    'projects:delete': ({ id }) => {
      library.delete(id);
      return { deleted: true as const };
    },
    'projects:undelete': ({ id }) => library.undelete(id),
    'projects:revisions': ({ id }) => library.listRevisions(id),
    'projects:restore': ({ id, revisionId }) => checking.opened(library.restore(id, revisionId)),
    'projects:revision': ({ id, revisionId }) => library.revision(id, revisionId),
    'projects:compare': ({ before, after, growthFactor }) => {
      const { architecture, analysis } = compareProjects(before, after, { growthFactor, today: now().toISOString().slice(0, 10) });
      return { architecture, analysis };
    },
    'projects:import': ({ fileName, content, mode }) => importProject(library, fileName, content, mode),
    'projects:export': ({ id }) => {
      const { project } = library.current(id);
      return { fileName: projectFileName(project.name), content: serializeProject(project) };
    },
    'templates:list': () => listTemplates(templatesDir),
    'check:run': (input) => checking.run.whole(input),
    'check:changes': (input) => checking.run.changes(input),
    'check:opened': ({ checkId }) => checking.run.opened(checkId),
    'rules:docs': () => ruleDocs(),
    'review:update': ({ projectId, ...update }) => {
      let review: FindingReview | undefined;
      library.update(
        projectId,
        (project) => {
          const changed = withReviewUpdate(project, update, now().toISOString());
          review = changed.review;
          return changed.project;
        },
        `Review: ${update.status} for ${update.key.split('|')[0]}`,
      );
      return review!;
    },
    'review:decide': ({ projectId, decision }) => {
      library.update(projectId, (project) => withDecision(project, decision), `Decision: ${decision.title}`);
      return decision;
    },
    'settings:get': () => library.settings(),
    'settings:set': ({ key, value }) => library.setSetting(key, value),
    'recent:list': () => library.recent(),
  };
}

/**
 * Imports a project file's text. The file is validated first, so a refused file changes nothing.
 * 'new' reports a conflict when the id exists; 'replace' saves the file as the existing project's
 * newest revision (its earlier state stays in the history); 'copy' imports it with fresh ids.
 */
function importProject(library: Library, fileName: string, content: string, mode: 'new' | 'replace' | 'copy'): ImportResult {
  const project = parseProjectFile(content, fileName);
  const existing = library.find(project.id);
  if (mode === 'copy') {
    // Named apart from a project already called the same, so the library never lists two alike.
    const taken = library.list().map((p) => p.name);
    const copy = { ...withFreshIds(project), name: taken.includes(project.name) ? copyName(project.name, taken) : project.name };
    library.create(copy, `Imported a copy of ${fileName}`);
    return { status: 'imported', project: library.find(copy.id)! };
  }
  if (existing && mode === 'new') return { status: 'conflict', existing };
  if (existing) library.save(project, `Replaced by the import of ${fileName}`);
  else library.create(project, `Imported from ${fileName}`);
  return { status: 'imported', project: library.find(project.id)! };
}

/** The project that changes to a stored revision stand for (projects:save `changes` + `since`). */
function projectFromRevision(library: Library, changes: ProjectChanges | undefined, since: RevisionId | undefined): Project {
  if (!changes || since === undefined) throw new AppError('INVALID_INPUT', 'The request to projects:save has neither a project nor changes to a revision.');
  const applied = applyProjectChanges(changes, library.revision(changes.id, since).project);
  if (!applied.ok) throw new AppError('INVALID_INPUT', 'The request to projects:save is not valid.', applied.problems);
  return applied.project;
}
