import { z } from 'zod';
import { DecisionId } from './ids';

export const FindingStatus = z.enum(['open', 'planned', 'fixed', 'accepted-risk']);
export type FindingStatus = z.infer<typeof FindingStatus>;

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

const isoDate = z.iso.date();
const isoDateTime = z.iso.datetime({ offset: true });

export const StatusChange = z.strictObject({
  at: isoDateTime,
  status: FindingStatus,
  by: z.string().max(200).optional(),
  note: z.string().max(5000).optional(),
});
export type StatusChange = z.infer<typeof StatusChange>;

/**
 * Review state of one finding, attached by its stable key (rule id + target ids).
 * An accepted risk carries a rationale, an owner and optionally an expiry date; a planned fix
 * may name an owner and the date it is due.
 */
export const FindingReview = z.strictObject({
  key: z.string().min(1).max(4000),
  status: FindingStatus,
  rationale: z.string().max(5000).optional(),
  owner: z.string().max(200).optional(),
  /** YYYY-MM-DD; after it an accepted risk re-opens. */
  expiresOn: isoDate.optional(),
  /** YYYY-MM-DD; when a planned fix is due. */
  dueOn: isoDate.optional(),
  history: z.array(StatusChange).max(1000).default([]),
});
export type FindingReview = z.infer<typeof FindingReview>;

/** An ADR-style decision recorded in a review. */
export const Decision = z.strictObject({
  id: DecisionId,
  title: z.string().trim().min(1, 'a decision needs a title').max(300),
  context: z.string().max(10_000).default(''),
  decision: z.string().max(10_000).default(''),
  date: isoDate,
  findingKeys: z.array(z.string().max(4000)).max(1000).optional(),
});
export type Decision = z.infer<typeof Decision>;

export const Review = z.strictObject({
  findings: z.array(FindingReview).max(100_000).default([]),
  decisions: z.array(Decision).max(10_000).default([]),
});
export type Review = z.infer<typeof Review>;

/** Turn a rule off or change its severity, for the project or for components with a tag. */
export const RuleOverride = z.strictObject({
  ruleId: z.string().min(1).max(200),
  severity: z.union([Severity, z.literal('off')]),
  tag: z.string().min(1).max(64).optional(),
});
export type RuleOverride = z.infer<typeof RuleOverride>;
