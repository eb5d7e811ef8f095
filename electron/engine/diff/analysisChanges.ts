import type { Project } from '../../../shared/model/project';
import type { Finding } from '../../../shared/model/finding';
import type { CheckResult } from '../../../shared/ipc/contract';
import type { AnalysisDiff, AvailabilityChange, ChangedFinding, FindingRef, GrowthSide, SeverityCounts, SpofRef } from '../../../shared/changes/comparison';
import { isOpenFinding } from '../../../shared/model/openFindings';

/** One side of a comparison: a project and its check. */
export interface CheckedProject {
  readonly project: Project;
  readonly check: CheckResult;
}

/** A side with its component names looked up once. */
interface Side extends CheckedProject {
  readonly names: ReadonlyMap<string, string>;
}

function withNames(side: CheckedProject): Side {
  const names = new Map<string, string>();
  for (const c of side.project.components) names.set(c.id, c.name);
  return { ...side, names };
}

function findingRef(finding: Finding, names: ReadonlyMap<string, string>): FindingRef {
  const ids = finding.targets.components;
  return {
    key: finding.key,
    ruleId: finding.ruleId,
    severity: finding.severity,
    status: finding.status,
    message: finding.message,
    components: ids.map((id) => names.get(id) ?? id),
    componentIds: [...ids],
  };
}

/** Findings of `side` whose key the other side does not have, in `side`'s priority order. */
function findingsOnlyIn(side: Side, other: ReadonlyMap<string, Finding>): FindingRef[] {
  return side.check.findings.filter((f) => !other.has(f.key)).map((f) => findingRef(f, side.names));
}

function byKey(findings: readonly Finding[]): Map<string, Finding> {
  const map = new Map<string, Finding>();
  for (const finding of findings) map.set(finding.key, finding);
  return map;
}

/** The same ids in the same order: how rules list the members of an unchanged finding. */
function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Findings on both sides whose severity or members differ (numbers in a message alone do not count). */
function changedFindings(before: Side, old: ReadonlyMap<string, Finding>, after: Side): ChangedFinding[] {
  const oldNames = before.names;
  const newNames = after.names;
  const changed: ChangedFinding[] = [];
  for (const finding of after.check.findings) {
    const was = old.get(finding.key);
    if (was === undefined || (was.severity === finding.severity && sameOrder(was.targets.components, finding.targets.components))) continue;
    const previous = new Set(was.targets.components);
    const current = new Set(finding.targets.components);
    const joined = finding.targets.components.filter((id) => !previous.has(id));
    const left = was.targets.components.filter((id) => !current.has(id) && newNames.has(id));
    if (was.severity === finding.severity && joined.length === 0 && left.length === 0) continue;
    changed.push({
      key: finding.key,
      ruleId: finding.ruleId,
      severityBefore: was.severity,
      severityAfter: finding.severity,
      message: finding.message,
      joined: joined.map((id) => newNames.get(id) ?? id),
      left: left.map((id) => oldNames.get(id) ?? id),
    });
  }
  return changed;
}

function openCounts(findings: readonly Finding[]): SeverityCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) if (isOpenFinding(finding)) counts[finding.severity]++;
  return counts;
}

function growthSide({ check, names }: Side): GrowthSide {
  const growth = check.analyses.growth;
  const first = growth.breaksFirst;
  const name = first === null ? undefined : names.get(first.componentId);
  return {
    growthFactor: growth.growthFactor,
    breaksFirst: first === null ? null : { componentId: first.componentId, name: name ?? first.componentId, headroom: first.headroom },
    rewrites: growth.rewrites,
    scaleOuts: growth.scaleOuts,
  };
}

function availabilityChanges(before: Side, after: Side): AvailabilityChange[] {
  const old = new Map(before.check.analyses.availability.entryPoints.map((e) => [e.entryPointId, e]));
  const now = new Map(after.check.analyses.availability.entryPoints.map((e) => [e.entryPointId, e]));
  const oldNames = before.names;
  const newNames = after.names;
  const changes: AvailabilityChange[] = [];
  for (const id of new Set([...old.keys(), ...now.keys()])) {
    const was = old.get(id);
    const is = now.get(id);
    changes.push({
      entryPointId: id,
      name: newNames.get(id) ?? oldNames.get(id) ?? id,
      before: was?.availability ?? null,
      after: is?.availability ?? null,
      targetBefore: before.project.workload.availabilityTarget,
      targetAfter: after.project.workload.availabilityTarget,
    });
  }
  return changes.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.entryPointId < b.entryPointId ? -1 : 1));
}

/** SPOFs of `side` that the other side does not have, largest blast radius first (the analysis's order). */
function spofsOnlyIn(side: Side, other: Side): SpofRef[] {
  const ids = new Set(other.check.analyses.spof.spofs.map((s) => s.componentId));
  const names = side.names;
  return side.check.analyses.spof.spofs
    .filter((s) => !ids.has(s.componentId))
    .map((s) => ({
      componentId: s.componentId,
      name: names.get(s.componentId) ?? s.componentId,
      blastRadius: s.blastRadius,
      entryPoints: s.entryPointIds.length,
    }));
}

/**
 * What the change from `before` to `after` does to the analysis. Findings are matched by key
 * (rule id + target ids), the key review state attaches to, so a finding whose message changed
 * with the numbers is still the same finding.
 */
export function analysisChanges(beforeChecked: CheckedProject, afterChecked: CheckedProject): AnalysisDiff {
  const before = withNames(beforeChecked);
  const after = withNames(afterChecked);
  const oldFindings = byKey(before.check.findings);
  const newFindings = byKey(after.check.findings);
  return {
    findings: {
      introduced: findingsOnlyIn(after, oldFindings),
      resolved: findingsOnlyIn(before, newFindings),
      changed: changedFindings(before, oldFindings, after),
      openBefore: openCounts(before.check.findings),
      openAfter: openCounts(after.check.findings),
    },
    growth: { before: growthSide(before), after: growthSide(after) },
    availability: availabilityChanges(before, after),
    spofs: { added: spofsOnlyIn(after, before), removed: spofsOnlyIn(before, after) },
  };
}
