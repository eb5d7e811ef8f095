import { z } from 'zod';
import { Project } from '../model/project';
import { ProjectId, RevisionId } from '../model/ids';
import { Finding, RuleDoc } from '../model/finding';
import { Analyses } from '../model/analysis';
import { FindingReview, FindingStatus, Decision } from '../model/review';
import { CheckReply } from './checkReply';
import { ProjectChanges } from './projectChanges';
import { ImportFile, ImportReport } from './importReport';
import { ProjectComparison } from '../changes/comparison';

/**
 * The one place channel names are written. Each channel has a zod input and output schema.
 * The Node handler table, the Electron preload and the renderer client are all derived from it.
 */
export const ProjectSummary = z.strictObject({
  id: ProjectId,
  name: z.string(),
  description: z.string().optional(),
  componentCount: z.number(),
  connectionCount: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  lastOpenedAt: z.string().nullable(),
  revisionCount: z.number(),
});
export type ProjectSummary = z.infer<typeof ProjectSummary>;

export const RevisionSummary = z.strictObject({
  id: RevisionId,
  projectId: ProjectId,
  savedAt: z.string(),
  summary: z.string(),
  componentCount: z.number(),
});
export type RevisionSummary = z.infer<typeof RevisionSummary>;

export const TemplateSummary = z.strictObject({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  componentCount: z.number(),
});
export type TemplateSummary = z.infer<typeof TemplateSummary>;

export const OpenedProject = z.strictObject({
  project: Project,
  revisionId: RevisionId,
  savedAt: z.string(),
  /**
   * The check the host started on this project as it opened it (at the project's own growth
   * factor): check:opened gets its result without sending the project back.
   */
  checkId: z.string().max(100).optional(),
});
export type OpenedProject = z.infer<typeof OpenedProject>;

export const ProjectFileContent = z.strictObject({
  fileName: z.string(),
  content: z.string(),
});
export type ProjectFileContent = z.infer<typeof ProjectFileContent>;

export const ImportResult = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('imported'), project: ProjectSummary }),
  /** The file's project id exists: ask the user to replace it or import a copy. */
  z.strictObject({ status: z.literal('conflict'), existing: ProjectSummary }),
]);
export type ImportResult = z.infer<typeof ImportResult>;

export const CheckResult = z.strictObject({
  findings: z.array(Finding),
  analyses: Analyses,
  /** Review entries whose finding no longer occurs. */
  staleWaivers: z.array(FindingReview),
  ruleCount: z.number(),
  durationMs: z.number(),
});
export type CheckResult = z.infer<typeof CheckResult>;

/** A generated document (runbook, report) and the file name to save it under. */
export const ExportedDocument = z.strictObject({ fileName: z.string(), content: z.string() });
export type ExportedDocument = z.infer<typeof ExportedDocument>;

/** What an import of deployment files found: the project it proposes and the report of how. */
export const ImportPreview = z.strictObject({ project: Project, report: ImportReport });
export type ImportPreview = z.infer<typeof ImportPreview>;

const empty = z.strictObject({});
const byId = z.strictObject({ id: ProjectId });

export const contract = {
  'projects:list': { input: empty, output: z.array(ProjectSummary) },
  'projects:create': {
    input: z.strictObject({ name: z.string().trim().min(1).max(200), templateId: z.string().max(200).optional() }),
    output: OpenedProject,
  },
  'projects:open': { input: byId, output: OpenedProject },
  /**
   * Saves a revision: the whole project, or `changes` (shared/ipc/projectChanges.ts) to the
   * stored revision `since`, as autosave sends them: a few KB per edit instead of the whole
   * project (0.8 MB at 1,000 components), small enough for a keepalive request on close.
   * The revision the project was made from (`since`, or `basedOn` with a whole project) must still
   * be the latest: when another window or process saved after it, the save is refused with
   * REVISION_CONFLICT and nothing is overwritten. A whole project without `basedOn` is saved
   * whatever the latest is (a script replacing the project). `autosave` marks the editor's
   * automatic saves: they are thinned as they age (one per hour after a day, one per day after a
   * week); every other revision is kept.
   */
  'projects:save': {
    input: z
      .strictObject({
        project: z.optional(Project),
        changes: ProjectChanges.optional(),
        since: z.optional(RevisionId),
        basedOn: z.optional(RevisionId),
        summary: z.string().max(500).optional(),
        autosave: z.boolean().optional(),
      })
      .refine(
        (input) =>
          (input.project === undefined) !== (input.changes === undefined) &&
          (input.changes === undefined) === (input.since === undefined) &&
          (input.changes === undefined || input.basedOn === undefined),
        {
          message: 'send either the project (with the "basedOn" revision it was made from), or changes together with the "since" revision they change',
        },
      ),
    output: z.strictObject({ revisionId: RevisionId, savedAt: z.string() }),
  },
  'projects:rename': { input: z.strictObject({ id: ProjectId, name: z.string().trim().min(1).max(200) }), output: ProjectSummary },
  'projects:duplicate': { input: z.strictObject({ id: ProjectId, name: z.string().trim().min(1).max(200).optional() }), output: ProjectSummary },
  'projects:delete': { input: byId, output: z.strictObject({ deleted: z.literal(true) }) },
  /** Brings back a project deleted since the library was opened, with its whole history (the delete's Undo). */
  'projects:undelete': { input: byId, output: ProjectSummary },
  'projects:revisions': { input: byId, output: z.array(RevisionSummary) },
  'projects:restore': { input: z.strictObject({ id: ProjectId, revisionId: RevisionId }), output: OpenedProject },
  /** One stored revision of a project, as it was saved, without changing anything (to compare with). */
  'projects:revision': { input: z.strictObject({ id: ProjectId, revisionId: RevisionId }), output: OpenedProject },
  /**
   * Two versions of a project compared as \`tenfold diff\` compares them: what changed by id, and
   * what that does to the analysis (each side at its own growth factor unless one is given).
   */
  'projects:compare': {
    input: z.strictObject({ before: Project, after: Project, growthFactor: z.number().min(1).max(1000).optional() }),
    output: ProjectComparison,
  },
  /** Import a project file's text. mode: 'new' refuses an existing id with status 'conflict'. */
  'projects:import': {
    input: z.strictObject({
      fileName: z.string().max(1000),
      content: z.string(),
      mode: z.enum(['new', 'replace', 'copy']).default('new'),
    }),
    output: ImportResult,
  },
  /** The project as deterministic `.tenfold.json` text (the browser downloads it). */
  'projects:export': { input: byId, output: ProjectFileContent },
  'templates:list': { input: empty, output: z.array(TemplateSummary) },
  /**
   * Run every analysis and rule on a project (saved or not). `since` names a result the caller
   * holds (a reply's id): the reply is then relative to it (shared/ipc/checkReply.ts), and the
   * project may be sent as `changes` to the project of that result (shared/ipc/projectChanges.ts).
   * `opened` (an OpenedProject's checkId) asks for the check the host started as it opened the
   * project, as a whole reply.
   */
  /** Checks a whole project; with `since` (a check the caller holds) the reply is relative to that check. */
  'check:run': {
    input: z.strictObject({
      project: Project,
      growthFactor: z.number().min(1).max(1000).optional(),
      since: z.string().max(100).optional(),
    }),
    output: CheckReply,
  },
  /** Checks the project of check `since` with these changes (an editor after an edit); the reply is relative to `since`. */
  'check:changes': {
    input: z.strictObject({
      changes: ProjectChanges,
      since: z.string().max(100),
      growthFactor: z.number().min(1).max(1000).optional(),
    }),
    output: CheckReply,
  },
  /** The result of the check the host started as it opened a project (OpenedProject.checkId). */
  'check:opened': {
    input: z.strictObject({ checkId: z.string().max(100) }),
    output: CheckReply,
  },
  'rules:docs': { input: empty, output: z.array(RuleDoc) },
  /** Set the review status of one finding of a saved project; saves a revision. */
  'review:update': {
    input: z.strictObject({
      projectId: ProjectId,
      key: z.string().min(1).max(4000),
      status: FindingStatus,
      rationale: z.string().max(5000).optional(),
      owner: z.string().max(200).optional(),
      expiresOn: z.iso.date().optional(),
      dueOn: z.iso.date().optional(),
    }),
    output: FindingReview,
  },
  'review:decide': {
    input: z.strictObject({ projectId: ProjectId, decision: Decision }),
    output: Decision,
  },
  'settings:get': { input: empty, output: z.record(z.string(), z.string()) },
  'settings:set': { input: z.strictObject({ key: z.string().min(1).max(100), value: z.string().max(10_000) }), output: z.record(z.string(), z.string()) },
  'recent:list': { input: empty, output: z.array(ProjectSummary) },
  /** Mermaid flowchart text of a project (saved or not); highlight colours components by worst open finding. */
  'export:mermaid': {
    input: z.strictObject({ project: Project, markdown: z.boolean().optional(), highlightFindings: z.boolean().optional() }),
    output: z.strictObject({ text: z.string() }),
  },
  /** Markdown runbook of a project. */
  'export:runbook': { input: z.strictObject({ project: Project }), output: ExportedDocument },
  /** Self-contained HTML review report; date (YYYY-MM-DD) defaults to today. */
  'export:report': { input: z.strictObject({ project: Project, date: z.iso.date().optional() }), output: ExportedDocument },
  /**
   * Reads deployment files (docker-compose with overrides and .env, Kubernetes manifests, the
   * config files beside them) and proposes a project with its report. Writes nothing: the user
   * confirms or fixes the guesses, then import:create saves the project.
   */
  'import:preview': {
    input: z.strictObject({ files: z.array(ImportFile).min(1).max(20_000), folderName: z.string().max(200).optional() }),
    output: ImportPreview,
  },
  /** Adds an imported project (as the user confirmed it) to the library. */
  'import:create': {
    input: z.strictObject({ project: Project, source: z.string().max(1000) }),
    output: ProjectSummary,
  },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const channels = Object.keys(contract) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}
