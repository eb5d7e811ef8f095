import { z } from 'zod/mini';
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
  by: z.optional(z.string().check(z.maxLength(200))),
  note: z.optional(z.string().check(z.maxLength(5000))),
});
export type StatusChange = z.infer<typeof StatusChange>;

/**
 * Review state of one finding, attached by its stable key (rule id + target ids).
 * An accepted risk carries a rationale, an owner and optionally an expiry date; a planned fix
 * may name an owner and the date it is due.
 */
export const FindingReview = z.strictObject({
  key: z.string().check(z.minLength(1), z.maxLength(4000)),
  status: FindingStatus,
  rationale: z.optional(z.string().check(z.maxLength(5000))),
  owner: z.optional(z.string().check(z.maxLength(200))),
  /** YYYY-MM-DD; after it an accepted risk re-opens. */
  expiresOn: z.optional(isoDate),
  /** YYYY-MM-DD; when a planned fix is due. */
  dueOn: z.optional(isoDate),
  history: z._default(z.array(StatusChange).check(z.maxLength(1000)), []),
});
export type FindingReview = z.infer<typeof FindingReview>;

/** An ADR-style decision recorded in a review. */
export const Decision = z.strictObject({
  id: DecisionId,
  title: z.string().check(z.trim(), z.minLength(1, 'a decision needs a title'), z.maxLength(300)),
  context: z._default(z.string().check(z.maxLength(10_000)), ''),
  decision: z._default(z.string().check(z.maxLength(10_000)), ''),
  date: isoDate,
  findingKeys: z.optional(z.array(z.string().check(z.maxLength(4000))).check(z.maxLength(1000))),
});
export type Decision = z.infer<typeof Decision>;

export const Review = z.strictObject({
  findings: z._default(z.array(FindingReview).check(z.maxLength(100_000)), []),
  decisions: z._default(z.array(Decision).check(z.maxLength(10_000)), []),
});
export type Review = z.infer<typeof Review>;

/** Turn a rule off or change its severity, for the project or for components with a tag. */
export const RuleOverride = z.strictObject({
  ruleId: z.string().check(z.minLength(1), z.maxLength(200)),
  severity: z.union([Severity, z.literal('off')]),
  tag: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
});
export type RuleOverride = z.infer<typeof RuleOverride>;
