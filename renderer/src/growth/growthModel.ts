import type { ComponentGrowth, GrowthBlocker, Redesign } from '../../../shared/model/analysis';
import { formatFactor } from '../../../shared/model/growthFactor';

/** Pure helpers behind the growth view: the slider's log scale, utilization bands, wording. */

export const minFactor = 1;
export const maxFactor = 100;
/** Slider marks: roughly even steps on a log scale, so 2× and 50× are as easy to reach as 10×. */
export const factorMarks: readonly number[] = [1, 2, 5, 10, 20, 50, 100];
/** The slider runs 0..sliderMax; factor = 10^(position / 50), so 50 is 10× and 100 is 100×. */
export const sliderMax = 100;
const positionsPerDecade = 50;

export function factorToPosition(factor: number): number {
  const clamped = Math.min(maxFactor, Math.max(minFactor, factor));
  return Math.log10(clamped) * positionsPerDecade;
}

/**
 * Position to factor, rounded to two significant digits (3.2×, 32×) and snapped to a mark when
 * within 3%, so dragging lands on the round numbers people talk about.
 */
export function positionToFactor(position: number): number {
  const raw = 10 ** (Math.min(sliderMax, Math.max(0, position)) / positionsPerDecade);
  const mark = factorMarks.find((m) => Math.abs(raw - m) / m <= 0.03);
  if (mark !== undefined) return mark;
  return Number(raw.toPrecision(2));
}

export type UtilizationBand = 'low' | 'moderate' | 'high' | 'critical';

/** Bands of the legend: under 50%, under the target, under 90%, 90% and over. */
export function utilizationBand(utilization: number, target: number): UtilizationBand {
  if (utilization >= 0.9) return 'critical';
  if (utilization >= target) return 'high';
  if (utilization >= 0.5) return 'moderate';
  return 'low';
}

/** Mantine palette colors for each band; the canvas uses the same so legend and diagram agree. */
export const bandColor: Record<UtilizationBand, string> = {
  low: 'green',
  moderate: 'yellow',
  high: 'orange',
  critical: 'red',
};

export interface LegendEntry {
  readonly band: UtilizationBand;
  readonly label: string;
}

export function utilizationLegend(target: number): LegendEntry[] {
  const pct = (v: number) => `${Math.round(v * 100)}%`;
  return [
    { band: 'low', label: `Under ${pct(0.5)}` },
    { band: 'moderate', label: `${pct(0.5)} to under ${pct(target)} (target)` },
    { band: 'high', label: `${pct(target)} to under ${pct(0.9)}` },
    { band: 'critical', label: `${pct(0.9)} or more` },
  ];
}

export const blockerText: Record<GrowthBlocker, string> = {
  'vertical-only': 'can only grow on a bigger machine',
  'single-writer': 'has a single writer',
  'max-instances': 'is capped by its maximum instances',
  stateful: 'keeps state in each instance',
};

export const redesignText: Record<Redesign, string> = {
  partitioning: 'partition (shard) the data',
  'read-replicas': 'add read replicas',
  cache: 'put a cache in front',
  queue: 'move work behind a queue',
  'stateless-sessions': 'move sessions to a shared store so instances are stateless',
};

/** "has a single writer and keeps state in each instance". */
export function joinWords(parts: readonly string[], conjunction = 'and'): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} ${conjunction} ${parts[parts.length - 1]}`;
}

/** The chart's value axis is logarithmic like the slider: bar length = slider position of the headroom. */
export const chartCap = maxFactor;
/** Below 1× (already past the target today) a bar still shows as a sliver. */
const minBar = 1.5;

export function headroomBar(headroom: number | null): number {
  if (headroom === null || headroom >= chartCap) return sliderMax;
  if (headroom <= 1) return minBar;
  return Math.max(minBar, Number(factorToPosition(headroom).toFixed(2)));
}

/** Inverse of headroomBar, for axis ticks and tooltips. */
export function barHeadroom(bar: number): number {
  return 10 ** (bar / positionsPerDecade);
}

export interface HeadroomRow {
  readonly componentId: string;
  readonly name: string;
  /** Bar length on the log axis (see headroomBar). */
  readonly bar: number;
  /** The headroom itself; null = unbounded. */
  readonly headroom: number | null;
  readonly label: string;
  readonly unbounded: boolean;
}

/**
 * Chart rows, smallest headroom first (those break first), at most `limit` of them, on a log
 * axis capped at 100× so one elastic tier does not flatten every other bar.
 */
export function headroomRows(growth: readonly ComponentGrowth[], names: ReadonlyMap<string, string>, limit: number): HeadroomRow[] {
  return growth
    .filter((g) => g.instancesNeeded !== null || g.headroom !== null)
    .map((g) => ({
      componentId: g.componentId,
      name: names.get(g.componentId) ?? g.componentId,
      bar: headroomBar(g.headroom),
      headroom: g.headroom,
      label: g.headroom === null ? 'unbounded' : formatFactor(g.headroom),
      unbounded: g.headroom === null,
    }))
    .sort((a, b) => (a.headroom ?? Infinity) - (b.headroom ?? Infinity) || a.name.localeCompare(b.name))
    .slice(0, limit);
}

/** Bar color: already past the target today, breaks before the planned factor, or fine. */
export function headroomColor(headroom: number | null, growthFactor: number): string {
  if (headroom === null) return 'teal.6';
  if (headroom < 1) return 'red.6';
  if (headroom < growthFactor) return 'orange.6';
  return 'teal.6';
}

const sizeFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** "800 GB", "4.2 TB". */
export function formatGb(gb: number): string {
  if (gb >= 1000) return `${sizeFormat.format(gb / 1000)} TB`;
  return `${sizeFormat.format(gb)} GB`;
}
