import { z } from 'zod/mini';
import { ComponentId } from './ids';

export const EntryPoint = z.strictObject({
  componentId: ComponentId,
  /** Peak requests per second today. */
  peakRps: z.number().check(z.minimum(0), z.maximum(1e9)),
});
export type EntryPoint = z.infer<typeof EntryPoint>;

export const Workload = z.strictObject({
  /** The multiple of today's load to plan for (default 10; docs/analyses.md, Growth). */
  growthFactor: z._default(z.number().check(z.minimum(1), z.maximum(1000)), 10),
  /** Availability target (SLO) of each entry point, 0–1. */
  availabilityTarget: z._default(z.number().check(z.minimum(0), z.maximum(1)), 0.999),
  /** Utilization a tier should stay under, 0–1. */
  targetUtilization: z._default(z.number().check(z.gt(0), z.maximum(1)), 0.7),
  teamSize: z.optional(z.int().check(z.minimum(1), z.maximum(100_000))),
  /** Months of data growth to plan for. */
  growthHorizonMonths: z._default(z.int().check(z.minimum(0), z.maximum(1200)), 12),
  entryPoints: z._default(z.array(EntryPoint).check(z.maxLength(100_000)), []),
});
export type Workload = z.infer<typeof Workload>;
