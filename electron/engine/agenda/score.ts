import type { Risk } from '../../../shared/model/finding';
import type { Severity } from '../../../shared/model/review';

/**
 * The priority score of a finding, 0–100 (docs/agenda.md explains it for readers):
 *
 *   outage     20 + 80 · s · d      (5 when no entry-point traffic is at stake, unless whole
 *                                    entry points go down, as with a single point of failure)
 *   capacity   u(m) · (0.7 + 0.3 · s) · c
 *                u(m) = 90 + 10 · (1 − m)           m ≤ 1 (past its target today)
 *                       40 + 50 · (1 − ln m / ln G) 1 < m ≤ G
 *                       max(5, 15 · G / m)          m > G
 *                       10                          m unknown
 *   data-loss  k · (25 + 40 · s)
 *   hygiene    3 (error), 2 (warning), 1 (info)
 *
 * s: share of entry-point traffic at stake (0.5 when no entry point has a rate); d: how long
 * and how surely that traffic is lost (1 for a store that must be recovered, 0.8 for a restart,
 * less for rarer or partial losses); m: the multiple of today's load at which it breaks, G the
 * growth factor; c: 1, or 0.6 when the limit rests on a kind's default figure rather than the
 * model's (a hypothesis until measured); k: how completely the data is lost (1: for good; less
 * when some of it survives).
 *
 * The tiers overlap on purpose. Any outage with traffic at stake scores at least 20, above a
 * capacity limit beyond the growth target (3.5 to 15); a SPOF for 1% of traffic (21) stays below losing the main
 * database's data (65), and a store that breaks at 1.2× (about 86 on the main path) ranks with
 * the worst outages. Every risk scores above 3.5, so hygiene (1 to 3) never outranks one.
 */
export interface ScoreInput {
  readonly risk: Risk;
  readonly severity: Severity;
  readonly trafficShare: number | null;
  readonly breaksAt: number | null;
  /** d for an outage, c for capacity, k for data loss; unused for hygiene. */
  readonly weight: number;
  /** An outage that takes whole entry points down, whatever their rate (a single point of failure). */
  readonly entryPointsLost?: boolean;
  readonly growthFactor: number;
}

const UNKNOWN_SHARE = 0.5;
const hygieneScore: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

export function priorityScore(input: ScoreInput): number {
  const s = input.trafficShare ?? UNKNOWN_SHARE;
  switch (input.risk) {
    case 'outage':
      return rounded((s > 0 || input.entryPointsLost === true ? 20 : 5) + 80 * s * clamp01(input.weight));
    case 'capacity':
      return rounded(urgency(input.breaksAt, input.growthFactor) * (0.7 + 0.3 * s) * clamp01(input.weight));
    case 'data-loss':
      return rounded(clamp01(input.weight) * (25 + 40 * s));
    case 'hygiene':
      return hygieneScore[input.severity];
  }
}

/** How soon a limit bites: 90 to 100 when already reached, falling with the multiple, small past G. */
export function urgency(breaksAt: number | null, growthFactor: number): number {
  if (breaksAt === null || !Number.isFinite(breaksAt)) return 10;
  if (breaksAt <= 1) return 90 + 10 * (1 - Math.max(0, breaksAt));
  if (breaksAt <= growthFactor) return 40 + 50 * (1 - Math.log(breaksAt) / Math.log(growthFactor));
  return Math.max(5, 15 * (growthFactor / breaksAt));
}

function clamp01(n: number): number {
  return n < 0 ? 0 : n > 1 ? 1 : n;
}

/** One decimal: equal-looking scores tie exactly, so severity, catalog order and key decide. */
function rounded(n: number): number {
  return Math.round(n * 10) / 10;
}
