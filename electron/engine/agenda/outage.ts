import type { Component } from '../../../shared/model/component';
import { formatNumber, formatShortList } from '../format';
import { nameOf } from '../graph';
import { busiest, trafficText, worstOf, type AgendaEnv, type Assessment, type FindingTargets, type RuleRisk } from './assessment';

const MINUTES_PER_MONTH = 30 * 24 * 60;

/** Stores whose failure means recovering data, not just starting a process again. */
function mustBeRecovered(component: Component | undefined): boolean {
  if (!component || component.state?.durableData === false) return false;
  return component.kind === 'database' || component.kind === 'search' || component.kind === 'object-storage' || component.state?.durableData === true;
}

/** A single point of failure: the traffic its failure takes down (spof analysis), until restarted or recovered. */
export const spofOutage: RuleRisk = {
  risk: 'outage',
  assess(targets, env) {
    const { index, graph } = env.context;
    const worst = worstOf(
      targets.components,
      (id) => {
        const spof = index.spof.get(id);
        if (!spof) return null;
        const recovered = mustBeRecovered(graph.components.get(id));
        return { spof, recovered, weight: recovered ? 1 : 0.8 };
      },
      (m) => m.spof.blastRadius * m.weight,
    );
    if (!worst) return componentOutage(0.8, (traffic) => `its failure stops ${traffic} until it is restarted`).assess(targets, env);
    const who = targets.components.length > 1 ? `any one of these ${targets.components.length} failing takes down` : 'takes down';
    const total = env.reach.totalRps;
    // An entry point with no stated rate (a scheduler, a batch trigger) still goes down: name it.
    const what = worst.spof.lostRps >= 0.01 || total <= 0 ? trafficText(worst.spof.blastRadius, worst.spof.lostRps) : entryNames(worst.spof.entryPointIds, env);
    return {
      risk: 'outage',
      summary: `${who} ${what} until it is ${worst.recovered ? 'recovered' : 'restarted'}`,
      trafficShare: total > 0 ? worst.spof.blastRadius : null,
      rps: total > 0 ? worst.spof.lostRps : null,
      breaksAt: null,
      dataAtRisk: null,
      entryPointsLost: true,
      weight: worst.weight,
    };
  },
};

/** "the entry point timeservice", "the entry points jobs and timer". */
function entryNames(ids: readonly string[], env: AgendaEnv): string {
  const names = ids.map((id) => nameOf(env.context.graph, id));
  return `the entry point${names.length === 1 ? '' : 's'} ${formatShortList(names, 4)}`;
}

/**
 * Entry points below the availability target: the traffic of the worst one, weighted by how far
 * its expected downtime exceeds the budget (0.3 at the budget, 0.5 at twice it, 0.9 from 8×).
 */
export const entryDowntime: RuleRisk = {
  risk: 'outage',
  assess(targets, env) {
    const { index, graph } = env.context;
    const total = env.reach.totalRps;
    const worst = worstOf(
      targets.components,
      (id) => {
        const entry = index.entryAvailability.get(id);
        if (!entry) return null;
        const rps = graph.entryRates.get(id) ?? 0;
        const downtime = (1 - entry.availability) * MINUTES_PER_MONTH;
        const budget = (1 - entry.target) * MINUTES_PER_MONTH;
        const ratio = budget > 0 ? downtime / budget : Infinity;
        const weight = Math.min(0.9, Math.max(0.3, 0.3 + 0.2 * Math.log2(Math.max(ratio, 1))));
        return { rps, share: total > 0 ? rps / total : null, downtime, budget, weight };
      },
      (m) => (m.share ?? 0.5) * m.weight,
    );
    if (!worst) return componentOutage(0.3, (traffic) => `misses the availability target for ${traffic}`).assess(targets, env);
    const figures = `down about ${formatNumber(worst.downtime)} minutes a month against ${formatNumber(worst.budget)} allowed, for ${trafficText(worst.share, total > 0 ? worst.rps : null)}`;
    const several = targets.components.length > 1 ? `${targets.components.length} entry points miss the availability target; the worst is ` : '';
    return {
      risk: 'outage',
      summary: several + figures,
      trafficShare: worst.share,
      rps: total > 0 ? worst.rps : null,
      breaksAt: null,
      dataAtRisk: null,
      weight: worst.weight,
    };
  },
};

/**
 * An outage of the traffic that reaches the finding's busiest target (trafficReach), lost for
 * a time or to a degree `weight` stands for (see score.ts).
 */
export function componentOutage(
  weight: number,
  summary: (traffic: string, count: number) => string,
  members?: (targets: FindingTargets, env: AgendaEnv) => readonly string[],
): RuleRisk {
  return {
    risk: 'outage',
    assess(targets, env): Assessment {
      const ids = members ? members(targets, env) : targets.components;
      const { share, rps } = busiest(ids, env.reach);
      return { risk: 'outage', summary: summary(trafficText(share, rps), ids.length), trafficShare: share, rps, breaksAt: null, dataAtRisk: null, weight };
    },
  };
}

/** The third-party APIs a finding concerns: its external-api targets and the ends of its connections. */
export function externalTargets(targets: FindingTargets, env: AgendaEnv): string[] {
  const { graph } = env.context;
  const ids = new Set<string>();
  for (const id of targets.components) if (graph.components.get(id)?.kind === 'external-api') ids.add(id);
  for (const id of targets.connections) {
    const to = graph.connections.get(id)?.to;
    if (to !== undefined && graph.components.get(to)?.kind === 'external-api') ids.add(to);
  }
  return ids.size > 0 ? [...ids] : [...targets.components];
}
