import { AppError } from '../../shared/ipc/errors';
import { Review, type Decision, type FindingReview, type FindingStatus } from '../../shared/model/review';
import type { Project } from '../../shared/model/project';

/**
 * A review the project file's schema accepts, or INVALID_INPUT naming the limit: a write the file
 * could not hold would leave a project that can no longer be saved, checked or imported.
 */
function withinFileLimits(project: Project): Project {
  const parsed = Review.safeParse(project.review);
  if (parsed.success) return project;
  const issue = parsed.error.issues[0];
  const where = issue ? `review.${issue.path.join('.')}` : 'review';
  throw new AppError(
    'INVALID_INPUT',
    `This change would make the project's ${where} invalid (${issue?.message ?? 'over a limit'}); a project file holds at most 10,000 decisions and 100,000 finding reviews. Nothing was saved.`,
  );
}

export interface ReviewUpdate {
  readonly key: string;
  readonly status: FindingStatus;
  readonly rationale?: string | undefined;
  readonly owner?: string | undefined;
  readonly expiresOn?: string | undefined;
  readonly dueOn?: string | undefined;
}

/** History per finding is capped by the schema; the oldest entries go first. */
const MAX_HISTORY = 1000;

/**
 * The project with one finding's review set: fields given replace the old ones, fields omitted
 * are kept, and the change is appended to the finding's history with its time.
 */
export function withReviewUpdate(project: Project, update: ReviewUpdate, at: string): { project: Project; review: FindingReview } {
  const previous = project.review.findings.find((f) => f.key === update.key);
  const rationale = update.rationale ?? previous?.rationale;
  const owner = update.owner ?? previous?.owner;
  const expiresOn = update.expiresOn ?? previous?.expiresOn;
  const dueOn = update.dueOn ?? previous?.dueOn;
  const review: FindingReview = {
    key: update.key,
    status: update.status,
    ...(rationale !== undefined ? { rationale } : {}),
    ...(owner !== undefined ? { owner } : {}),
    ...(expiresOn !== undefined ? { expiresOn } : {}),
    ...(dueOn !== undefined ? { dueOn } : {}),
    history: [...(previous?.history ?? []), { at, status: update.status, ...(update.rationale !== undefined ? { note: update.rationale } : {}) }].slice(
      -MAX_HISTORY,
    ),
  };
  const findings = previous ? project.review.findings.map((f) => (f.key === update.key ? review : f)) : [...project.review.findings, review];
  return { project: withinFileLimits({ ...project, review: { ...project.review, findings } }), review };
}

/** The project with the decision added, or replaced when one with its id exists. */
export function withDecision(project: Project, decision: Decision): Project {
  const exists = project.review.decisions.some((d) => d.id === decision.id);
  const decisions = exists ? project.review.decisions.map((d) => (d.id === decision.id ? decision : d)) : [...project.review.decisions, decision];
  return withinFileLimits({ ...project, review: { ...project.review, decisions } });
}
