import type { Component } from '../../../shared/model/component';
import { formatPercent } from '../format';
import { busiest, type AgendaEnv, type FindingTargets, type RuleRisk } from './assessment';

interface DataLossSpec {
  /** The targets whose data is at stake (default: every target component). */
  readonly members?: (component: Component) => boolean;
  /** How completely the data is lost, 0–1 (k in score.ts), worst member taken. */
  readonly completeness: (component: Component) => number;
  /** The summary for the worst member's k, and the number of members. */
  readonly summary: (k: number, count: number) => string;
}

/**
 * Data that can be lost: how completely (k), how many components hold it, and how much traffic
 * uses the busiest of them (the main database ranks above a side store).
 */
export function dataLoss(spec: DataLossSpec): RuleRisk {
  return {
    risk: 'data-loss',
    assess(targets: FindingTargets, env: AgendaEnv) {
      const { graph } = env.context;
      const members: string[] = [];
      let k = 0;
      for (const id of targets.components) {
        const component = graph.components.get(id);
        if (!component || (spec.members && !spec.members(component))) continue;
        members.push(id);
        k = Math.max(k, spec.completeness(component));
      }
      const { share, rps } = busiest(members, env.reach);
      const used = share === null || share === 0 ? '' : `; ${formatPercent(share)} of traffic uses ${members.length === 1 ? 'it' : 'them'}`;
      return {
        risk: 'data-loss',
        summary: spec.summary(k, members.length) + used,
        trafficShare: share,
        rps,
        breaksAt: null,
        dataAtRisk: members.length,
        weight: members.length === 0 ? 0.5 : k,
      };
    },
  };
}

const durableKinds = new Set(['database', 'object-storage', 'search', 'queue', 'stream', 'cache']);

/** Without backups the data is lost for good; without point-in-time recovery, the changes since the last one; an untested restore may fail. */
export const unrestorable = dataLoss({
  members: (c) => durableKinds.has(c.kind) || c.state?.durableData === true,
  completeness: (c) => {
    const backups = c.data?.backups;
    if (backups?.enabled !== true) return 1;
    return backups.pointInTimeRecovery === true ? 0.3 : 0.5;
  },
  summary: (k, count) => {
    const what = count === 1 ? 'its data' : `the data of ${count} stores`;
    if (k >= 1) return `${what} can be lost for good: no backups`;
    if (k >= 0.5) return `${count === 1 ? 'changes since its last backup' : `changes since the last backup in ${count} stores`} can be lost`;
    return `${what} can be lost if a restore fails: restores were never tested`;
  },
});

export const brokerRestartLoss = dataLoss({
  members: (c) => c.kind === 'queue' || c.kind === 'stream',
  // Stated non-durable is a certain loss; unstated may be persisted after all.
  completeness: (c) => (c.messaging?.durable === false ? 1 : 0.7),
  summary: (_k, count) => `messages waiting in ${count === 1 ? 'it' : `${count} queues`} are lost when the broker restarts`,
});

export const cacheOnlyData = dataLoss({
  members: (c) => c.kind === 'cache',
  completeness: () => 0.8,
  summary: (_k, count) => `data that lives only in ${count === 1 ? 'the cache' : `${count} caches`} is lost on eviction or restart`,
});

export const localFiles = dataLoss({
  completeness: () => 0.7,
  summary: (_k, count) => `files on ${count === 1 ? 'its local disk' : `the local disks of ${count} components`} are lost when an instance is replaced`,
});

export const exposedData = dataLoss({
  completeness: (c) => (c.exposure?.internet === true ? 1 : 0.6),
  summary: (k, count) => {
    const what = count === 1 ? 'its data' : `the data of ${count} stores`;
    return k >= 1 ? `${what} can be read or wiped from the internet` : `${what} can be read or changed by anyone on the host's network`;
  },
});
