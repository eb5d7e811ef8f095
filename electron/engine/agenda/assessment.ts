import type { Finding, Risk } from '../../../shared/model/finding';
import { formatNumber, formatPercent } from '../format';
import type { RuleContext } from '../types';
import type { TrafficReach } from './trafficReach';
import { itemAt } from '../../../shared/base/itemAt';

/** What the impact of one finding is computed from: the check's analyses and who carries traffic. */
export interface AgendaEnv {
  readonly context: RuleContext;
  readonly reach: TrafficReach;
}

export type FindingTargets = Finding['targets'];

/** A finding's impact before scoring: the figures, the summary, and the weight the score needs. */
export interface Assessment {
  readonly risk: Risk;
  readonly summary: string;
  readonly trafficShare: number | null;
  readonly rps: number | null;
  readonly breaksAt: number | null;
  readonly dataAtRisk: number | null;
  /** d for an outage (how long and how surely traffic is lost), c for capacity (1, or less on a default figure), k for data loss (how completely); see score.ts. */
  readonly weight: number;
  /** The multiple to rank a capacity risk by, when it differs from breaksAt (data that monthly growth brings sooner). */
  readonly rankAt?: number;
  /** An outage that takes whole entry points down, whatever their rate (see score.ts). */
  readonly entryPointsLost?: boolean;
}

/** How a rule's findings are assessed: its risk kind, and the figures of one finding. */
export interface RuleRisk {
  readonly risk: Risk;
  readonly assess: (targets: FindingTargets, env: AgendaEnv) => Assessment;
}

/** "100% of traffic (200 req/s)", or "the traffic through it" when no entry point has a rate. */
export function trafficText(share: number | null, rps: number | null): string {
  if (share === null || rps === null) return 'the traffic through it';
  // Below a hundredth of a request a second (a timer, a nightly job) there is nothing to count.
  if (rps < 0.01) return 'no entry-point traffic today';
  return `${formatPercent(share)} of traffic (${formatNumber(rps)} req/s)`;
}

/** The member of a finding's targets with the largest value: a finding with several targets takes its worst. */
export function worstOf<T>(ids: readonly string[], measure: (id: string) => T | null, value: (item: T) => number): T | null {
  let best: T | null = null;
  let bestValue = -Infinity;
  for (let i = 0; i < ids.length; i++) {
    const item = measure(itemAt(ids, i));
    if (item === null) continue;
    const v = value(item);
    if (v > bestValue) {
      best = item;
      bestValue = v;
    }
  }
  return best;
}

/** The share and rate of the target carrying the most traffic. */
export function busiest(ids: readonly string[], reach: TrafficReach): { share: number | null; rps: number | null } {
  let share: number | null = null;
  let rps: number | null = null;
  for (let i = 0; i < ids.length; i++) {
    const s = reach.shareOf(itemAt(ids, i));
    if (s !== null && (share === null || s > share)) {
      share = s;
      rps = reach.rpsOf(itemAt(ids, i));
    }
  }
  return { share, rps };
}
