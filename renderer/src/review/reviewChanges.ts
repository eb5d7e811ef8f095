import type { Project } from '../../../shared/model/project';
import type { Decision, FindingReview, FindingStatus } from '../../../shared/model/review';
import type { Finding } from '../../../shared/model/finding';
import { newId, type DecisionId } from '../../../shared/model/ids';

/**
 * Review edits as pure project → project functions, applied through the editor's `apply()`.
 * Going through apply (rather than the review:update / review:decide channels) keeps every
 * status change undoable and lets autosave write it with the rest of the model, so the server
 * copy and the editor's in-memory copy never overwrite each other.
 */

export interface StatusInput {
  readonly status: FindingStatus;
  readonly rationale?: string;
  readonly owner?: string;
  /** YYYY-MM-DD */
  readonly expiresOn?: string;
  /** YYYY-MM-DD: when a planned fix is due. */
  readonly dueOn?: string;
}

export type FieldErrors = Partial<Record<'rationale' | 'owner' | 'expiresOn' | 'dueOn', string>>;

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An accepted risk must say why and who owns it; an expiry, when given, must be a future date.
 * A planned fix may name an owner and a due date, which must not lie in the past.
 */
export function validateStatus(input: StatusInput, today: string): FieldErrors {
  const errors: FieldErrors = {};
  if (input.status === 'planned' && input.dueOn) {
    if (!isoDay.test(input.dueOn)) errors.dueOn = 'Use a date like 2026-12-31.';
    else if (input.dueOn < today) errors.dueOn = 'Pick today or a later date, or leave it empty.';
  }
  if (input.status !== 'accepted-risk') return errors;
  if (!input.rationale?.trim()) errors.rationale = 'Say why the risk is acceptable.';
  if (!input.owner?.trim()) errors.owner = 'Name the person or team who owns this risk.';
  if (input.expiresOn !== undefined && input.expiresOn !== '') {
    if (!isoDay.test(input.expiresOn)) errors.expiresOn = 'Use a date like 2026-12-31.';
    else if (input.expiresOn <= today) errors.expiresOn = 'Pick a date after today, or leave it empty.';
  }
  return errors;
}

/**
 * Sets a finding's review status and appends a history entry. An owner belongs to an accepted
 * risk or a planned fix, an expiry to an accepted risk, a due date to a planned fix; any status
 * keeps a rationale when one is given.
 */
export function setFindingStatus(project: Project, key: string, input: StatusInput, at: string): Project {
  const existing = project.review.findings.find((r) => r.key === key);
  const rationale = input.rationale?.trim() || undefined;
  const accepted = input.status === 'accepted-risk';
  const planned = input.status === 'planned';
  const owner = accepted || planned ? input.owner?.trim() || undefined : undefined;
  const expiresOn = accepted && input.expiresOn ? input.expiresOn : undefined;
  const dueOn = planned && input.dueOn ? input.dueOn : undefined;
  const entry: FindingReview = {
    key,
    status: input.status,
    ...(rationale !== undefined ? { rationale } : {}),
    ...(owner !== undefined ? { owner } : {}),
    ...(expiresOn !== undefined ? { expiresOn } : {}),
    ...(dueOn !== undefined ? { dueOn } : {}),
    history: [...(existing?.history ?? []), { at, status: input.status, ...(rationale !== undefined ? { note: rationale } : {}) }],
  };
  const findings = existing ? project.review.findings.map((r) => (r.key === key ? entry : r)) : [...project.review.findings, entry];
  return { ...project, review: { ...project.review, findings } };
}

export interface DecisionInput {
  readonly title: string;
  readonly context: string;
  readonly decision: string;
  /** YYYY-MM-DD */
  readonly date: string;
  readonly findingKeys?: readonly string[];
}

export function validateDecision(input: DecisionInput): Partial<Record<'title' | 'date', string>> {
  const errors: Partial<Record<'title' | 'date', string>> = {};
  if (!input.title.trim()) errors.title = 'Give the decision a short title.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date)) errors.date = 'Use a date like 2026-12-31.';
  return errors;
}

export function addDecision(project: Project, input: DecisionInput, id: DecisionId = newId<DecisionId>()): Project {
  const decision: Decision = {
    id,
    title: input.title.trim(),
    context: input.context.trim(),
    decision: input.decision.trim(),
    date: input.date,
    ...(input.findingKeys && input.findingKeys.length > 0 ? { findingKeys: [...input.findingKeys] } : {}),
  };
  return { ...project, review: { ...project.review, decisions: [...project.review.decisions, decision] } };
}

/**
 * The status to show right after an edit: the project's review entry is updated at once,
 * while the check that reconciles it returns a moment later.
 */
export function currentStatus(finding: Finding, project: Project, today: string): FindingStatus {
  const review = project.review.findings.find((r) => r.key === finding.key);
  if (!review) return 'open';
  if (review.status === 'accepted-risk' && review.expiresOn !== undefined && review.expiresOn < today) return 'open';
  return review.status;
}

/** Today as YYYY-MM-DD in the user's time zone (expiry dates are calendar dates). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
