import { z } from 'zod';
import { Severity, FindingStatus } from '../model/review';
import { ArchitectureDiff } from './projectDiff';

/**
 * What a change does to the analysis of a project: the findings it introduces and resolves (by
 * finding key), the growth summary, availability per entry point and single points of failure,
 * before → after. Computed by the engine (electron/engine/diff), read by the CLI and the app.
 */

export const FindingRef = z.strictObject({
  key: z.string(),
  ruleId: z.string(),
  severity: Severity,
  status: FindingStatus,
  message: z.string(),
  /** Names of the components it concerns, on its side of the diff. */
  components: z.array(z.string()),
  componentIds: z.array(z.string()),
});
export type FindingRef = z.infer<typeof FindingRef>;

/**
 * A finding both sides have (same key) that changed severity, or that groups other components
 * now: components that joined it, and components still in the project that left it (a removed
 * component leaving its findings says nothing new).
 */
export const ChangedFinding = z.strictObject({
  key: z.string(),
  ruleId: z.string(),
  severityBefore: Severity,
  severityAfter: Severity,
  /** The new side's message. */
  message: z.string(),
  joined: z.array(z.string()),
  left: z.array(z.string()),
});
export type ChangedFinding = z.infer<typeof ChangedFinding>;

export const SeverityCounts = z.strictObject({ error: z.number(), warning: z.number(), info: z.number() });
export type SeverityCounts = z.infer<typeof SeverityCounts>;

export const GrowthSide = z.strictObject({
  growthFactor: z.number(),
  /** The component that reaches target utilization first, at which multiple of today's load. */
  breaksFirst: z.strictObject({ componentId: z.string(), name: z.string(), headroom: z.number() }).nullable(),
  rewrites: z.number(),
  scaleOuts: z.number(),
});
export type GrowthSide = z.infer<typeof GrowthSide>;

export const AvailabilityChange = z.strictObject({
  entryPointId: z.string(),
  name: z.string(),
  /** null when it is not an entry point on that side. */
  before: z.number().nullable(),
  after: z.number().nullable(),
  targetBefore: z.number(),
  targetAfter: z.number(),
});
export type AvailabilityChange = z.infer<typeof AvailabilityChange>;

export const SpofRef = z.strictObject({
  componentId: z.string(),
  name: z.string(),
  /** Share of entry-point traffic lost when it fails. */
  blastRadius: z.number(),
  entryPoints: z.number(),
});
export type SpofRef = z.infer<typeof SpofRef>;

export const AnalysisDiff = z.strictObject({
  findings: z.strictObject({
    /** In the new version's priority order. */
    introduced: z.array(FindingRef),
    /** In the old version's priority order. */
    resolved: z.array(FindingRef),
    /** Same key, other severity or other components, in the new version's priority order. */
    changed: z.array(ChangedFinding),
    /** Open findings (open or planned) by severity. */
    openBefore: SeverityCounts,
    openAfter: SeverityCounts,
  }),
  growth: z.strictObject({ before: GrowthSide, after: GrowthSide }),
  /** Every entry point of either side, by name. */
  availability: z.array(AvailabilityChange),
  spofs: z.strictObject({ added: z.array(SpofRef), removed: z.array(SpofRef) }),
});
export type AnalysisDiff = z.infer<typeof AnalysisDiff>;

export const ProjectComparison = z.strictObject({
  architecture: ArchitectureDiff,
  analysis: AnalysisDiff,
});
export type ProjectComparison = z.infer<typeof ProjectComparison>;
