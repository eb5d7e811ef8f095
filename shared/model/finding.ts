import { z } from 'zod';
import { FindingReview, FindingStatus, Severity } from './review';

export const checklists = [
  'growth', 'stateless', 'redundancy', 'async', 'caching', 'resilience', 'observability',
  'data', 'api', 'testing', 'simplicity', 'modularity',
] as const;
export const Checklist = z.enum(checklists);
export type Checklist = z.infer<typeof Checklist>;

/** Where a rule's advice comes from: a guide in ../shared/guides, cited by title and section. */
export const GuideReference = z.strictObject({
  guide: z.string(),
  section: z.string(),
});
export type GuideReference = z.infer<typeof GuideReference>;

/** A rule's documentation, the same text for the app, the CLI and docs/rules/. */
export const RuleDoc = z.strictObject({
  id: z.string(),
  checklist: Checklist,
  severity: Severity,
  title: z.string(),
  why: z.string(),
  fix: z.string(),
  source: GuideReference,
});
export type RuleDoc = z.infer<typeof RuleDoc>;

export const EvidenceValue = z.union([z.number(), z.string(), z.boolean(), z.null()]);
export const Finding = z.strictObject({
  /** Stable key: rule id + sorted target ids. Review state attaches to it. */
  key: z.string(),
  ruleId: z.string(),
  checklist: Checklist,
  /** Effective severity after project overrides. */
  severity: Severity,
  title: z.string(),
  /** Names the components; plain text (exporters escape it). */
  message: z.string(),
  targets: z.strictObject({
    components: z.array(z.string()),
    connections: z.array(z.string()),
  }),
  /** The numbers behind the finding. */
  evidence: z.record(z.string(), EvidenceValue),
  /** Figures that came from kind defaults rather than the model. */
  assumed: z.array(z.string()).default([]),
  /** Status after reconciliation with the review state (expired acceptances re-open). */
  status: FindingStatus,
  review: FindingReview.optional(),
});
export type Finding = z.infer<typeof Finding>;
