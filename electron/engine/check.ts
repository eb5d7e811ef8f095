import type { Project } from '../../shared/model/project';
import type { Finding, RuleDoc } from '../../shared/model/finding';
import type { FindingReview, RuleOverride, Severity } from '../../shared/model/review';
import type { CheckResult } from '../../shared/ipc/contract';
import { createRuleContext } from './context';
import { rules } from './rules/registry';
import { impactAssessor, type ImpactOf } from './agenda/impact';
import { byPriority } from './agenda/priority';
import { demoteRepeats } from './agenda/repeats';
import type { Rule, RuleContext, RuleReport } from './types';
import { itemAt } from '../../shared/base/itemAt';

export interface CheckOptions {
  /** Growth factor G for this check; defaults to the project's. */
  readonly growthFactor?: number;
  /** Today's date (YYYY-MM-DD) for expiry of accepted risks; defaults to the clock. Tests pass it. */
  readonly today?: string;
}

/**
 * Stable key of a finding: rule id + sorted target ids (a report's keyTargets when it names
 * them). Survives unrelated edits.
 */
export function findingKey(ruleId: string, components: readonly string[], connections: readonly string[]): string {
  // Built by appending rather than spread + join: tens of thousands of keys per check at 10,000
  // components, nearly all with one or two targets, which need no copy and no sort.
  // `key + '|' + id` rather than `key + `|${id}``: the template built a flat copy of every id first.
  if (connections.length === 0 && components.length === 1) return ruleId + '|' + itemAt(components, 0);
  let key = ruleId;
  for (let k = 0, items = sortedIds(components); k < items.length; k++) key = key + '|' + itemAt(items, k);
  for (let j = 0, items = sortedIds(connections); j < items.length; j++) key = key + '|' + itemAt(items, j);
  return key;
}

function sortedIds(ids: readonly string[]): readonly string[] {
  if (ids.length <= 1) return ids;
  // Two targets (a caller and its callee) are common; compared directly they need no copy, and
  // string < orders by code unit exactly like the default sort.
  if (ids.length === 2) return itemAt(ids, 0) <= itemAt(ids, 1) ? ids : [itemAt(ids, 1), itemAt(ids, 0)];
  if (ids.length > 32) return [...ids].sort();
  // Insertion sort on a copy: Array.prototype.sort allocates its work space on every call.
  const sorted = ids.slice();
  for (let i = 1; i < sorted.length; i++) {
    const id = itemAt(sorted, i);
    let at = i;
    while (at > 0 && itemAt(sorted, at - 1) > id) {
      sorted[at] = itemAt(sorted, at - 1);
      at--;
    }
    sorted[at] = id;
  }
  return sorted;
}

// Shared empty defaults: `?? []` would allocate a fresh array for each of tens of thousands of reports.
const noIds: readonly string[] = [];
const noOverrides: readonly RuleOverride[] = [];

const catalogOrder: ReadonlyMap<string, number> = new Map(rules.map((rule, i) => [rule.meta.id, i]));

/**
 * Runs every analysis and rule on a project, reconciles findings with its review state and
 * estimates each finding's impact. Findings come in priority order (see agenda/priority.ts).
 * Pure and deterministic: same project and options, same result (durationMs aside).
 */
export function runCheck(project: Project, options: CheckOptions = {}): CheckResult {
  const started = performance.now();
  const context = createRuleContext(project, { growthFactor: options.growthFactor });
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const reviews = new Map(project.review.findings.map((r) => [r.key, r]));
  const findings: Finding[] = [];
  const overridesByRule = new Map<string, RuleOverride[]>();
  for (const override of project.ruleOverrides) {
    const list = overridesByRule.get(override.ruleId);
    if (list) list.push(override);
    else overridesByRule.set(override.ruleId, [override]);
  }
  const reported = new ReportedTargets(context.graph.indexOf);
  const impactsOf = impactAssessor(context);
  for (const rule of rules) {
    const overrides = overridesByRule.get(rule.meta.id) ?? noOverrides;
    const impactOf = impactsOf(rule.meta.id);
    reported.nextRule();
    for (const report of safeCheck(rule, context)) {
      const key =
        report.keyTargets === undefined
          ? findingKey(rule.meta.id, report.components ?? noIds, report.connections ?? noIds)
          : findingKey(rule.meta.id, report.keyTargets, noIds);
      if (!reported.add(report, key)) continue;
      const finding = toFinding(rule, report, key, context, overrides, reviews, today, impactOf);
      if (finding !== null) findings.push(finding);
    }
  }
  // A waiver is an accepted risk or a planned fix; one whose finding no longer occurs is stale.
  // A "fixed" entry whose finding is gone is simply done, so it is not reported.
  const staleWaivers = project.review.findings.length === 0 ? [] : waiversWithoutFinding(project.review.findings, findings);
  return {
    findings: byPriority(demoteRepeats(findings, catalogOrder, context.graph.indexOf), catalogOrder),
    analyses: context.analyses,
    staleWaivers,
    ruleCount: rules.length,
    durationMs: performance.now() - started,
  };
}

/**
 * The keys the current rule has reported so far, so a rule that reports the same key twice
 * yields one finding. A key made of one component is recognised by that component's number,
 * stamped with the rule's: that avoids hashing a freshly built key string, or growing a set, for
 * most of the tens of thousands of findings at 10,000 components.
 */
export class ReportedTargets {
  private readonly indexOf: ReadonlyMap<string, number>;
  private readonly stamps: Int32Array;
  private rule = 0;
  /** Every other key: several targets, none, or one that is not a component of the project. */
  private keys = new Set<string>();

  constructor(indexOf: ReadonlyMap<string, number>) {
    this.indexOf = indexOf;
    this.stamps = new Int32Array(indexOf.size);
  }

  /** Starts a rule: what earlier rules reported no longer counts. */
  nextRule(): void {
    this.rule++;
    if (this.keys.size > 0) this.keys = new Set<string>();
  }

  /** False when a report with the same key was already seen. */
  add(report: RuleReport, key: string): boolean {
    const single = singleKeyTarget(report);
    const v = single === undefined ? undefined : this.indexOf.get(single);
    if (v === undefined) return addNew(this.keys, key);
    if (this.stamps[v] === this.rule) return false;
    this.stamps[v] = this.rule;
    return true;
  }
}

/** The one id a report's key is made of, if it is made of exactly one. */
function singleKeyTarget(report: RuleReport): string | undefined {
  const ids = report.keyTargets ?? report.components ?? noIds;
  if (ids.length !== 1) return undefined;
  if (report.keyTargets === undefined && (report.connections?.length ?? 0) > 0) return undefined;
  return ids[0];
}

function addNew(seen: Set<string>, id: string): boolean {
  if (seen.has(id)) return false;
  seen.add(id);
  return true;
}

function waiversWithoutFinding(reviews: readonly FindingReview[], findings: readonly Finding[]): FindingReview[] {
  const keys = new Set(findings.map((f) => f.key));
  return reviews.filter((r) => !keys.has(r.key) && (r.status === 'accepted-risk' || r.status === 'planned'));
}

/** A rule that throws is a bug in Tenfold, not in the model: report it instead of failing the check. */
function safeCheck(rule: Rule, context: RuleContext): readonly RuleReport[] {
  try {
    return rule.check(context);
  } catch (error) {
    return [{ message: `Rule ${rule.meta.id} failed: ${error instanceof Error ? error.message : String(error)}`, severity: 'info' }];
  }
}

function toFinding(
  rule: Rule,
  report: RuleReport,
  key: string,
  context: RuleContext,
  overrides: readonly RuleOverride[],
  reviews: ReadonlyMap<string, FindingReview>,
  today: string,
  impactOf: ImpactOf,
): Finding | null {
  // The report's own arrays and evidence become the finding's, uncopied: rules build them fresh
  // for each report (see RuleReport), and copying them was a third of a check's allocation per
  // finding (32,000 findings at 10,000 components). Readonly only in the rule's view.
  const components = report.components === undefined ? [] : (report.components as string[]);
  const connections = report.connections === undefined ? [] : (report.connections as string[]);
  const base = report.severity ?? rule.meta.severity;
  const severity = overrides.length === 0 ? base : effectiveSeverity(overrides, base, components, context);
  if (severity === 'off') return null;
  const review = reviews.size === 0 ? undefined : reviews.get(key);
  const targets = { components, connections };
  const finding: Finding = {
    key,
    ruleId: rule.meta.id,
    checklist: rule.meta.checklist,
    severity,
    title: rule.meta.title,
    message: report.message,
    targets,
    evidence: report.evidence === undefined ? {} : report.evidence,
    assumed: report.assumed === undefined ? [] : (report.assumed as string[]),
    status: reconciledStatus(review, today),
    impact: impactOf(targets, severity),
  };
  // Only reviewed findings pay for a second object: most of a large model's findings are unreviewed.
  return review ? { ...finding, review } : finding;
}

/** An accepted risk past its expiry date re-opens. */
export function reconciledStatus(review: FindingReview | undefined, today: string): Finding['status'] {
  if (!review) return 'open';
  if (review.status === 'accepted-risk' && review.expiresOn !== undefined && review.expiresOn < today) return 'open';
  return review.status;
}

/**
 * Project overrides: a tag override applies when every target component carries the tag and
 * wins over a project-wide override; the last matching override of each kind wins. Every, not
 * any: a finding that groups several components (one per project, or per caller with its
 * callees) must not be turned off because one of them is tagged.
 */
function effectiveSeverity(overrides: readonly RuleOverride[], base: Severity, componentIds: readonly string[], context: RuleContext): Severity | 'off' {
  const tagged = overrides.filter(
    (o) => o.tag !== undefined && componentIds.length > 0 && componentIds.every((id) => context.graph.components.get(id)?.tags?.includes(o.tag!) === true),
  );
  if (tagged.length > 0) return itemAt(tagged, tagged.length - 1).severity;
  const projectWide = overrides.filter((o) => o.tag === undefined);
  return projectWide.length > 0 ? itemAt(projectWide, projectWide.length - 1).severity : base;
}

/** Every rule's documentation, in catalog order. */
export function ruleDocs(): RuleDoc[] {
  return rules.map(({ meta }) => ({
    id: meta.id,
    checklist: meta.checklist,
    severity: meta.severity,
    title: meta.title,
    why: meta.why,
    fix: meta.fix,
    source: { ...meta.source },
  }));
}
