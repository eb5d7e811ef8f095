import type { ComponentKind } from '../../../../shared/model/component';
import type { SinglePointOfFailure } from '../../../../shared/model/analysis';
import { formatNumber, formatPercent } from '../../format';
import { nameOf } from '../../graph';
import { defineRule, type RuleReport } from '../../types';
import { LISTED } from '../support/projectWide';
import { listFirst } from '../support/text';
import { itemAt } from '../../../../shared/base/itemAt';

/** Kinds whose redundancy is a standby rather than another instance behind a balancer. */
const storeKinds: ReadonlySet<ComponentKind> = new Set(['database', 'cache', 'queue', 'stream', 'search']);

/** The components whose failure alone takes down the same entry points. */
interface LostTogether {
  readonly spof: SinglePointOfFailure;
  readonly members: string[];
  /** Names of the first few single-instance members, and how many there are. */
  readonly single: string[];
  singles: number;
  /** Names of the first few stores without a standby, and how many there are. */
  readonly stores: string[];
  storeCount: number;
}

/**
 * Reports single points of failure as a reviewer lists them: one finding per distinct set of
 * entry points lost, naming every component whose failure alone takes exactly those down. Keyed
 * by the entry points, so the review of "what takes the shop down" survives components being
 * added to or made redundant in the group.
 */
export const singlePointOfFailure = defineRule({
  meta: {
    id: 'redundancy/single-point-of-failure',
    checklist: 'redundancy',
    severity: 'error',
    title: "One component's failure takes entry points down",
    why: 'A component with no redundancy that requests cannot route around stops every entry point that needs it the moment it fails, for as long as it takes to restore. More traffic means more users lost per minute of outage, and one busy instance is also the likeliest to fall over at a peak.',
    fix: 'For each component named, run at least two instances in different zones behind a health-checked load balancer, give stores a standby with automatic failover, or make the dependency soft (a fallback, a cached answer, or a queue) so requests survive without it.',
    source: { guide: 'Design for Scale', section: 'Key Takeaway' },
  },
  check({ project, graph, index }) {
    // Keyed by the entry points lost, in the analysis's (workload) order: the same set always
    // gives the same key. Members keep the project's order.
    const groups = new Map<string, LostTogether>();
    for (const component of project.components) {
      const spof = index.spof.get(component.id);
      if (!spof || spof.entryPointIds.length === 0) continue;
      const key = spof.entryPointIds.join('|');
      let group = groups.get(key);
      if (group === undefined) groups.set(key, (group = { spof, members: [], single: [], singles: 0, stores: [], storeCount: 0 }));
      group.members.push(component.id);
      // A store's missing redundancy is its standby, so the finding names it apart.
      if (storeKinds.has(component.kind)) {
        if (group.stores.length < LISTED) group.stores.push(component.name);
        group.storeCount++;
      } else {
        if (group.single.length < LISTED) group.single.push(component.name);
        group.singles++;
      }
    }
    const ordered = [...groups.values()].sort(byTrafficLost);
    const reports: RuleReport[] = new Array<RuleReport>(ordered.length);
    for (let g = 0; g < ordered.length; g++) {
      const group = itemAt(ordered, g);
      const { spof, members } = group;
      const entries = spof.entryPointIds.map((id) => nameOf(graph, id));
      // An imported project's entry points start with no peak rate: a share of nothing says nothing.
      const share =
        spof.lostRps === 0 && spof.blastRadius === 0
          ? 'no peak rate stated yet'
          : `${formatPercent(spof.blastRadius)} of traffic, ${formatNumber(Math.round(spof.lostRps))} req/s`;
      const lost = `${listFirst(entries, entries.length, LISTED)} (${share})`;
      const why = [
        ...(group.singles === 0 ? [] : [`${listFirst(group.single, group.singles, LISTED)} ${group.singles === 1 ? 'runs' : 'each run'} as a single instance`]),
        ...(group.storeCount === 0 ? [] : [`${listFirst(group.stores, group.storeCount, LISTED)} ${group.storeCount === 1 ? 'has' : 'have'} no standby`]),
      ].join(', and ');
      const what = `${why}; ${members.length === 1 ? 'its failure' : 'the failure of any one'} takes down ${lost}.`;
      reports[g] = {
        components: members,
        keyTargets: spof.entryPointIds,
        message: what,
        evidence: {
          count: members.length,
          entryPointsLost: spof.entryPointIds.length,
          blastRadiusPercent: Math.round(spof.blastRadius * 1000) / 10,
          lostRps: Math.round(spof.lostRps),
        },
      };
    }
    return reports;
  },
});

/** Most traffic lost first, then most entry points, then by the first entry point's id. */
function byTrafficLost(a: LostTogether, b: LostTogether): number {
  if (a.spof.lostRps !== b.spof.lostRps) return b.spof.lostRps - a.spof.lostRps;
  if (a.spof.entryPointIds.length !== b.spof.entryPointIds.length) return b.spof.entryPointIds.length - a.spof.entryPointIds.length;
  const ka = a.spof.entryPointIds.join('|');
  const kb = b.spof.entryPointIds.join('|');
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
