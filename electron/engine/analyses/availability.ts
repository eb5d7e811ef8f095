import type { AvailabilityAnalysis, EntryAvailability } from '../../../shared/model/analysis';
import type { Component } from '../../../shared/model/component';
import { DEFAULT_ZONE_AVAILABILITY, effectiveCapacity, effectiveDeployment } from '../../../shared/model/defaults';
import type { AnalysisInput } from './topology';
import type { Requirements } from './requirements';

// Indexed reads here assert non-null rather than call itemAt: every index comes from the same graph's arrays, and a call per read slows the check's inner loops.

const WEAKEST_LINKS = 5;
/** Alternatives nested deeper than this count only their own component (keeps recursion bounded). */
const MAX_NESTING = 200;

/** Instances that can take over: failover standby or multi-primary means at least two. */
export function redundantInstances(component: Component): number {
  return redundantOf(effectiveDeployment(component));
}

/** The same from a deployment already resolved (the analyses resolve each component's once per check). */
export function redundantOf(deployment: ReturnType<typeof effectiveDeployment>): number {
  return deployment.failover === 'none' ? deployment.instances : Math.max(2, deployment.instances);
}

/**
 * A component's availability (see AvailabilityAnalysis.components in shared/model/analysis.ts).
 * One zone (or none stated): the zone × (1 − (1 − a)^n). We chose the product over min(zone, …)
 * because a zone outage and an instance failure are independent events; both keep the result
 * at or below the zone's availability.
 */
export function componentAvailability(input: AnalysisInput, component: Component): number {
  return availabilityOf(input, component, effectiveCapacity(component), effectiveDeployment(component));
}

function availabilityOf(
  input: AnalysisInput,
  component: Component,
  capacity: ReturnType<typeof effectiveCapacity>,
  deployment: ReturnType<typeof effectiveDeployment>,
): number {
  const a = capacity.availability.value;
  if (deployment.scalingMode === 'managed-elastic') return a;
  const n = redundantOf(deployment);
  if (n <= 0) return 0;
  const instances = 1 - (1 - a) ** n;
  const zoneIds = component.zoneIds ?? noZones;
  // Two distinct zones or more: no Set per component, as most list one zone or none.
  const first = zoneIds[0];
  for (let i = 1; i < zoneIds.length; i++) if (zoneIds[i] !== first) return instances;
  const zone = first === undefined ? undefined : input.graph.zones.get(first)?.availability;
  return (zone ?? DEFAULT_ZONE_AVAILABILITY) * instances;
}

const noZones: readonly string[] = [];

/** Availability per component and per entry point (docs/analyses.md, Availability). */
export function analyzeAvailability(input: AnalysisInput, requirements: Requirements): AvailabilityAnalysis {
  // The capacity and deployment the input resolved once, rather than resolving them again here.
  const own = input.components.map((c, v) => availabilityOf(input, c, input.capacity[v]!, input.deployment[v]!));
  // NaN = not computed yet; typed arrays instead of maps keep 10,000 components cheap.
  const memo = new Float64Array(input.components.length).fill(Number.NaN);
  const inProgress = new Uint8Array(input.components.length);

  /** Product over the required set; each alternative group in parallel. Cycles through groups use the member alone. */
  const required = (v: number, depth: number): number => {
    const known = memo[v]!;
    if (!Number.isNaN(known)) return known;
    if (inProgress[v] === 1 || depth > MAX_NESTING) return own[v]!;
    inProgress[v] = 1;
    const requirement = requirements.of(v);
    let product = 1;
    for (const u of requirement.serial) {
      product *= own[u]!;
    }
    for (let idx = 0; idx < requirement.groups.length; idx++) {
      const { members } = requirement.groups[idx]!;
      let allDown = 1;
      for (const m of members) {
        allDown *= 1 - required(m, depth + 1);
      }
      product *= 1 - allDown;
    }
    inProgress[v] = 0;
    memo[v] = product;
    return product;
  };

  const target = input.project.workload.availabilityTarget;
  const entryPoints: EntryAvailability[] = [];
  for (const entryId of input.graph.entryRates.keys()) {
    const v = input.indexOf.get(entryId)!;
    if (input.deployed[v] === 0) continue;
    const availability = required(v, 0);
    entryPoints.push({
      entryPointId: entryId,
      availability,
      target,
      // Tolerance: 0.9999³ computed in floating point must still meet a 99.97% target written as 0.9997.
      meetsTarget: availability >= target - 1e-12,
      weakestLinks: weakestLinks(input, requirements.of(v).serial, own),
    });
  }
  return {
    components: input.components.map((c, v) => ({ componentId: c.id, availability: own[v]! })),
    entryPoints,
  };
}

/** The 5 lowest below 1, by insertion into a short sorted list: no sort of the whole required set. */
function weakestLinks(input: AnalysisInput, serial: readonly number[], own: readonly number[]) {
  const worst: number[] = [];
  for (const v of serial) {
    if (own[v]! >= 1) continue;
    if (worst.length === WEAKEST_LINKS && !before(input, own, v, worst[WEAKEST_LINKS - 1]!)) continue;
    let at = worst.length;
    while (at > 0 && before(input, own, v, worst[at - 1]!)) at--;
    worst.splice(at, 0, v);
    if (worst.length > WEAKEST_LINKS) worst.pop();
  }
  return worst.map((v) => ({ componentId: input.components[v]!.id, availability: own[v]! }));
}

/**
 * Lower availability first, then name, then id. A function of its own rather than a closure per
 * entry point, and the names are read only on a tie.
 */
function before(input: AnalysisInput, own: readonly number[], x: number, y: number): boolean {
  const ax = own[x]!;
  const ay = own[y]!;
  if (ax !== ay) return ax < ay;
  const a = input.components[x]!;
  const b = input.components[y]!;
  return (compare(a.name, b.name) || compare(a.id, b.id)) < 0;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
