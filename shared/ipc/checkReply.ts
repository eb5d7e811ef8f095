import { z } from 'zod';
import { AvailabilityAnalysis, GrowthAnalysis, LoadAnalysis, PathsAnalysis, SpofAnalysis } from '../model/analysis';
import type { Analyses } from '../model/analysis';
import { Checklist, Finding, FindingImpact } from '../model/finding';
import { FindingReview, FindingStatus } from '../model/review';
import type { CheckResult } from './contract';
import { itemAt } from '../base/itemAt';

/**
 * The reply of the check channels (check:run, check:changes, check:opened). At 1,000 components a check result is ~2.7 MB of JSON, and a property
 * edit changes a few dozen of its ~3,300 findings and analysis entries; writing, sending and
 * parsing all of it cost more than the check itself. So a reply may be relative to a base: the
 * previous result the caller already holds, named by the `since` it sent. Every finding or
 * analysis entry equal to one of the base is sent as that entry's index in the base's array,
 * and decodeCheckReply puts the base's own object back, which also lets the UI skip re-rendering
 * what did not change. Without a base (first check, or the host no longer has it) every entry
 * is sent whole, so a reply always decodes to exactly the CheckResult the engine produced.
 */

/** An entry the caller already has: its index in the same array of the base result. */
const Kept = z.number().int().min(0);
const keptOr = <T extends z.ZodType>(entry: T) => z.array(z.union([entry, Kept]));

export const AnalysesReply = z.strictObject({
  load: LoadAnalysis.extend({ components: keptOr(LoadAnalysis.shape.components.element) }),
  growth: GrowthAnalysis.extend({ components: keptOr(GrowthAnalysis.shape.components.element) }),
  availability: AvailabilityAnalysis.extend({
    components: keptOr(AvailabilityAnalysis.shape.components.element),
    entryPoints: keptOr(AvailabilityAnalysis.shape.entryPoints.element),
  }),
  spof: SpofAnalysis.extend({ spofs: keptOr(SpofAnalysis.shape.spofs.element) }),
  paths: PathsAnalysis.extend({
    entryPoints: keptOr(PathsAnalysis.shape.entryPoints.element),
    stores: keptOr(PathsAnalysis.shape.stores.element),
  }),
});
export type AnalysesReply = z.infer<typeof AnalysesReply>;

/**
 * A finding as a reply sends it whole. What the caller can rebuild is left out: the key when it is
 * the rule id and target ids joined in order (nearly always: most findings have one target), the
 * rule's checklist and title (sent once per rule, in the reply's `rules`), the impact when it is
 * the one its rule's label holds for its severity (hygiene findings of a rule all share one),
 * and evidence, assumed figures and status when they are empty or 'open'. That is ~30 % of a
 * 1,000-component result, which the browser must decode and parse on its main thread before it
 * can show anything.
 */
export const SentFinding = Finding.omit({ key: true, checklist: true, title: true, evidence: true, assumed: true, status: true, impact: true }).extend({
  key: z.string().optional(),
  checklist: Checklist.optional(),
  title: z.string().optional(),
  evidence: Finding.shape.evidence.optional(),
  assumed: z.array(z.string()).optional(),
  status: z.optional(FindingStatus),
  impact: FindingImpact.optional(),
});
export type SentFinding = z.infer<typeof SentFinding>;

/**
 * The checklist and title every finding of a rule has, and per severity the impact of the first
 * finding sent (a later one with an equal impact leaves its own out).
 */
export const RuleLabel = z.strictObject({
  checklist: Checklist,
  title: z.string(),
  impacts: z.strictObject({ error: FindingImpact.optional(), warning: FindingImpact.optional(), info: FindingImpact.optional() }).optional(),
});
export type RuleLabel = z.infer<typeof RuleLabel>;

export const CheckReply = z.strictObject({
  /** Names this result: send it as `since` with the next check to get that reply relative to it. */
  id: z.string(),
  /** The result this reply is relative to; absent when every entry is sent whole. */
  base: z.string().optional(),
  findings: keptOr(SentFinding),
  /** Checklist and title of each rule with a finding sent whole. */
  rules: z.record(z.string(), RuleLabel),
  analyses: AnalysesReply,
  staleWaivers: z.array(FindingReview),
  ruleCount: z.number(),
  durationMs: z.number(),
});
export type CheckReply = z.infer<typeof CheckReply>;

/** A result the caller holds, with the id its reply had. */
export interface HeldResult {
  readonly id: string;
  readonly result: CheckResult;
}

/**
 * True when two JSON-shaped values would serialize alike: same primitives, same array items,
 * same defined properties (an undefined property counts as absent, as JSON drops it).
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let defined = 0;
  for (const key in left) {
    if (left[key] === undefined) continue;
    if (!Object.hasOwn(right, key) || !sameJson(left[key], right[key])) return false;
    defined += 1;
  }
  for (const key in right) if (right[key] !== undefined) defined -= 1;
  return defined === 0;
}

const sameStrings = (a: readonly string[], b: readonly string[]): boolean => {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

/**
 * sameJson for two findings, field by field: a finding's shape is known, and the generic walk
 * over ~3,300 of them was about half of encoding a relative reply at 1,000 components. Only
 * the evidence (a flat record of primitives) and the review go through the generic walk.
 */
export function sameFinding(a: Finding, b: Finding): boolean {
  if (a === b) return true;
  if (
    a.key !== b.key ||
    a.message !== b.message ||
    a.severity !== b.severity ||
    a.status !== b.status ||
    a.ruleId !== b.ruleId ||
    a.title !== b.title ||
    a.checklist !== b.checklist
  )
    return false;
  if (
    !sameStrings(a.targets.components, b.targets.components) ||
    !sameStrings(a.targets.connections, b.targets.connections) ||
    !sameStrings(a.assumed, b.assumed)
  )
    return false;
  return sameImpact(a.impact, b.impact) && sameJson(a.evidence, b.evidence) && sameJson(a.review, b.review);
}

/** Two impact estimates alike in every field (findings of one rule and severity often share one object). */
function sameImpact(a: FindingImpact, b: FindingImpact): boolean {
  return (
    a === b ||
    (a.score === b.score &&
      a.risk === b.risk &&
      a.summary === b.summary &&
      a.trafficShare === b.trafficShare &&
      a.rps === b.rps &&
      a.breaksAt === b.breaksAt &&
      a.dataAtRisk === b.dataAtRisk)
  );
}

/** Each entry of `next`, or the index of an equal entry of `base` with the same key. */
function keep<T extends object>(
  next: readonly T[],
  base: readonly T[] | undefined,
  keyOf: (entry: T) => string,
  same: (a: T, b: T) => boolean = sameJson,
): (T | number)[] {
  if (!base || base.length === 0) return [...next];
  const indexByKey = new Map<string, number>();
  base.forEach((entry, index) => indexByKey.set(keyOf(entry), index));
  return next.map((entry) => {
    const index = indexByKey.get(keyOf(entry));
    return index !== undefined && same(entry, itemAt(base, index)) ? index : entry;
  });
}

/** Undoes keep(): indices become the base's own entries. Throws on an index the base lacks. */
function restore<T extends object>(entries: readonly (T | number)[], base: readonly T[] | undefined): T[] {
  return entries.map((entry) => {
    if (typeof entry !== 'number') return entry;
    const kept = base?.[entry];
    if (kept === undefined) throw new Error(`a check reply refers to entry ${entry}, which its base does not have`);
    return kept;
  });
}

const byComponent = (entry: { componentId: string }): string => entry.componentId;
const byEntryPoint = (entry: { entryPointId: string }): string => entry.entryPointId;

/** The key a finding gets when it names nothing else: its rule and targets, joined in order. */
function joinedKey(ruleId: string, targets: Finding['targets']): string {
  let key = ruleId;
  for (const id of targets.components) key = key + '|' + id;
  for (const id of targets.connections) key = key + '|' + id;
  return key;
}

/** A finding as sent (see SentFinding); its rule's label goes into `rules`. */
function sentFinding(finding: Finding, rules: Record<string, RuleLabel>): SentFinding {
  const { key, ruleId, checklist, severity, title, message, targets, evidence, assumed, status, review, impact } = finding;
  const label = (rules[ruleId] ??= { checklist, title });
  const impacts = (label.impacts ??= {});
  const labelled = (impacts[severity] ??= impact);
  return {
    ...(key !== joinedKey(ruleId, targets) ? { key } : {}),
    ruleId,
    ...(checklist !== label.checklist ? { checklist } : {}),
    severity,
    ...(title !== label.title ? { title } : {}),
    message,
    targets,
    ...(Object.keys(evidence).length > 0 ? { evidence } : {}),
    ...(assumed.length > 0 ? { assumed } : {}),
    ...(status !== 'open' ? { status } : {}),
    ...(review ? { review } : {}),
    ...(sameImpact(impact, labelled) ? {} : { impact }),
  };
}

/** Undoes sentFinding(). Throws on a rule the reply has no label for. */
function fullFinding(sent: SentFinding, rules: Readonly<Record<string, RuleLabel>>): Finding {
  const label = Object.hasOwn(rules, sent.ruleId) ? rules[sent.ruleId] : undefined;
  const checklist = sent.checklist ?? label?.checklist;
  const title = sent.title ?? label?.title;
  if (checklist === undefined || title === undefined) throw new Error(`a check reply has no checklist and title for rule ${sent.ruleId}`);
  const impact = sent.impact ?? label?.impacts?.[sent.severity];
  if (impact === undefined) throw new Error(`a check reply has no impact for a ${sent.severity} finding of rule ${sent.ruleId}`);
  const finding: Finding = {
    key: sent.key ?? joinedKey(sent.ruleId, sent.targets),
    ruleId: sent.ruleId,
    checklist,
    severity: sent.severity,
    title,
    message: sent.message,
    targets: sent.targets,
    evidence: sent.evidence ?? {},
    assumed: sent.assumed ?? [],
    status: sent.status ?? 'open',
    impact,
  };
  return sent.review ? { ...finding, review: sent.review } : finding;
}

/** The reply for `result`, relative to `base` when given (entries equal to the base's become indices). */
export function encodeCheckReply(result: CheckResult, id: string, base?: HeldResult): CheckReply {
  const was: Analyses | undefined = base?.result.analyses;
  const { load, growth, availability, spof, paths } = result.analyses;
  const rules: Record<string, RuleLabel> = {};
  return {
    id,
    ...(base ? { base: base.id } : {}),
    findings: keep(result.findings, base?.result.findings, (finding) => finding.key, sameFinding).map((entry) =>
      typeof entry === 'number' ? entry : sentFinding(entry, rules),
    ),
    rules,
    analyses: {
      load: { ...load, components: keep(load.components, was?.load.components, byComponent) },
      growth: { ...growth, components: keep(growth.components, was?.growth.components, byComponent) },
      availability: {
        ...availability,
        components: keep(availability.components, was?.availability.components, byComponent),
        entryPoints: keep(availability.entryPoints, was?.availability.entryPoints, byEntryPoint),
      },
      spof: { ...spof, spofs: keep(spof.spofs, was?.spof.spofs, byComponent) },
      paths: {
        ...paths,
        entryPoints: keep(paths.entryPoints, was?.paths.entryPoints, byEntryPoint),
        stores: keep(paths.stores, was?.paths.stores, byComponent),
      },
    },
    staleWaivers: result.staleWaivers,
    ruleCount: result.ruleCount,
    durationMs: result.durationMs,
  };
}

/**
 * The CheckResult a reply stands for. Returns null when the reply is relative to a result other
 * than `base` (the caller should ask again without `since`).
 */
export function decodeCheckReply(reply: CheckReply, base: HeldResult | null): CheckResult | null {
  if (reply.base !== undefined && reply.base !== base?.id) return null;
  const was = reply.base !== undefined ? base?.result : undefined;
  const { load, growth, availability, spof, paths } = reply.analyses;
  return {
    findings: restore(
      reply.findings.map((entry) => (typeof entry === 'number' ? entry : fullFinding(entry, reply.rules))),
      was?.findings,
    ),
    analyses: {
      load: { ...load, components: restore(load.components, was?.analyses.load.components) },
      growth: { ...growth, components: restore(growth.components, was?.analyses.growth.components) },
      availability: {
        ...availability,
        components: restore(availability.components, was?.analyses.availability.components),
        entryPoints: restore(availability.entryPoints, was?.analyses.availability.entryPoints),
      },
      spof: { ...spof, spofs: restore(spof.spofs, was?.analyses.spof.spofs) },
      paths: {
        ...paths,
        entryPoints: restore(paths.entryPoints, was?.analyses.paths.entryPoints),
        stores: restore(paths.stores, was?.analyses.paths.stores),
      },
    },
    staleWaivers: reply.staleWaivers,
    ruleCount: reply.ruleCount,
    durationMs: reply.durationMs,
  };
}
