import { z } from 'zod';
import { FindingReview, FindingStatus, Severity } from './review';

export const checklists = [
  'growth',
  'stateless',
  'redundancy',
  'async',
  'caching',
  'resilience',
  'observability',
  'data',
  'api',
  'testing',
  'simplicity',
  'modularity',
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

/**
 * What a finding puts at stake, as a reviewer ranks it: requests failing (outage), a limit the
 * load runs into (capacity), data that can be lost (data-loss), or everything else (hygiene).
 */
export const risks = ['outage', 'capacity', 'data-loss', 'hygiene'] as const;
export const Risk = z.enum(risks);
export type Risk = z.infer<typeof Risk>;

/**
 * A finding's impact estimate, computed from the analyses for its target components (never from
 * its message or evidence). Findings come out of a check ordered by it; docs/agenda.md gives the
 * score's formula.
 */
export const FindingImpact = z.strictObject({
  risk: Risk,
  /** One line a review meeting reads, e.g. "takes down 100% of traffic (200/s) until it is restarted". */
  summary: z.string(),
  /** Priority score, 0–100: the higher, the earlier on the agenda. */
  score: z.number(),
  /** Share of entry-point traffic at stake, 0–1; null when the risk is not about traffic or no entry point has a rate. */
  trafficShare: z.number().min(0).max(1).nullable(),
  /** Entry-point requests per second at stake today; null with trafficShare. */
  rps: z.number().nullable(),
  /** Multiple of today's load (for data size: of today's size) at which it breaks; null when not known or not capacity. */
  breaksAt: z.number().nullable(),
  /** Components whose data can be lost; null unless the risk is data-loss. */
  dataAtRisk: z.number().int().nullable(),
});
export type FindingImpact = z.infer<typeof FindingImpact>;
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
  review: z.optional(FindingReview),
  /** What it risks; the order of a check's findings (index 0 = priority 1) follows it. */
  impact: FindingImpact,
});
export type Finding = z.infer<typeof Finding>;
