import type { SinglePointOfFailure, SpofAnalysis } from '../../../shared/model/analysis';
import type { Component } from '../../../shared/model/component';
import { effectiveDeployment } from '../../../shared/model/defaults';
import type { AnalysisInput } from './topology';
import type { Requirements } from './requirements';
import { redundantOf } from './availability';

// Indexed reads here assert non-null rather than call itemAt: every index comes from the same graph's arrays, and a call per read slows the check's inner loops.

const MAX_NESTING = 200;

/**
 * A component that does not fail alone: two or more instances, a failover standby or
 * multi-primary, a managed elastic service, or a provider-managed one spread over two zones or
 * more (the provider runs it redundantly across them). Zones are otherwise left to
 * redundancy/single-zone.
 */
export function isRedundant(component: Component): boolean {
  return isRedundantDeployment(component, effectiveDeployment(component));
}

function isRedundantDeployment(component: Component, deployment: ReturnType<typeof effectiveDeployment>): boolean {
  return redundantOf(deployment) >= 2 || deployment.scalingMode === 'managed-elastic' || (deployment.managed && spansZones(component));
}

/** Two distinct zones or more. */
export function spansZones(component: Component): boolean {
  const zones = component.zoneIds;
  if (zones === undefined) return false;
  for (let i = 1; i < zones.length; i++) if (zones[i] !== zones[0]) return true;
  return false;
}

/**
 * Exact single points of failure (docs/analyses.md): must(c) = {c} ∪ must(hard non-alternative
 * dependencies) ∪ ⋂ must(members) for each alternative group. The SPOFs of an entry point are the
 * non-redundant members of must(entry). One breadth-first walk per entry point and per alternative
 * member, memoized: near-linear, never a remove-each-component loop.
 */
export function analyzeSpof(input: AnalysisInput, requirements: Requirements): SpofAnalysis {
  const words = (input.components.length + 31) >>> 5;
  const memo = new Map<number, Uint32Array>();
  const groupMemo = new Map<string, Uint32Array>();
  const inProgress = new Set<number>();
  // Bit sets keep the unions and intersections at n/32 word operations each, which is what
  // keeps many alternative groups over a large downstream graph near-linear.
  const must = (v: number, depth: number): Uint32Array => {
    const known = memo.get(v);
    if (known) return known;
    if (inProgress.has(v) || depth > MAX_NESTING) return single(v, words);
    inProgress.add(v);
    const requirement = requirements.of(v);
    const set = new Uint32Array(words);
    for (const u of requirement.serial) {
      set[u >>> 5]! |= 1 << (u & 31);
    }
    for (const group of requirement.groups) {
      let common = groupMemo.get(group.key);
      if (!common) {
        common = new Uint32Array(must(group.members[0]!, depth + 1));
        for (let k = 1; k < group.members.length; k++) {
          const other = must(group.members[k]!, depth + 1);
          for (let w = 0; w < words; w++) common[w]! &= other[w]!;
        }
        groupMemo.set(group.key, common);
      }
      for (let w = 0; w < words; w++) set[w]! |= common[w]!;
    }
    inProgress.delete(v);
    memo.set(v, set);
    return set;
  };

  const total = [...input.graph.entryRates.values()].reduce((sum, rps) => sum + rps, 0);
  const lost = new Map<number, { entries: string[]; rps: number }>();
  for (const [entryId, rps] of input.graph.entryRates) {
    const entry = input.indexOf.get(entryId)!;
    if (input.deployed[entry] === 0) continue;
    for (const v of members(must(entry, 0))) {
      const component = input.components[v]!;
      if (isRedundantDeployment(component, input.deployment[v]!) || (v === entry && component.kind === 'client')) continue;
      const record = lost.get(v) ?? { entries: [], rps: 0 };
      record.entries.push(entryId);
      record.rps += rps;
      lost.set(v, record);
    }
  }
  const spofs: (SinglePointOfFailure & { name: string })[] = [...lost].map(([v, record]) => ({
    componentId: input.components[v]!.id,
    name: input.components[v]!.name,
    entryPointIds: record.entries,
    blastRadius: total > 0 ? record.rps / total : 0,
    lostRps: record.rps,
  }));
  spofs.sort(
    (a, b) => b.lostRps - a.lostRps || b.entryPointIds.length - a.entryPointIds.length || compare(a.name, b.name) || compare(a.componentId, b.componentId),
  );
  return { spofs: spofs.map(({ name: _name, ...spof }) => spof) };
}

function single(v: number, words: number): Uint32Array {
  const set = new Uint32Array(words);
  set[v >>> 5] = 1 << (v & 31);
  return set;
}

function members(set: Uint32Array): number[] {
  const out: number[] = [];
  for (let w = 0; w < set.length; w++) {
    let bits = set[w]!;
    while (bits !== 0) {
      const low = bits & -bits;
      out.push((w << 5) + 31 - Math.clz32(low));
      bits ^= low;
    }
  }
  return out;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
