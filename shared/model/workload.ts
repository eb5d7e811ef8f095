import { z } from 'zod';
import { ComponentId } from './ids';

export const EntryPoint = z.strictObject({
  componentId: ComponentId,
  /** Peak requests per second today. */
  peakRps: z.number().min(0).max(1e9),
});
export type EntryPoint = z.infer<typeof EntryPoint>;

export const Workload = z.strictObject({
  /** The multiple of today's load to plan for (default 10; docs/analyses.md, Growth). */
  growthFactor: z.number().min(1).max(1000).default(10),
  /** Availability target (SLO) of each entry point, 0–1. */
  availabilityTarget: z.number().min(0).max(1).default(0.999),
  /** Utilization a tier should stay under, 0–1. */
  targetUtilization: z.number().gt(0).max(1).default(0.7),
  teamSize: z.int().min(1).max(100_000).optional(),
  /** Months of data growth to plan for. */
  growthHorizonMonths: z.int().min(0).max(1200).default(12),
  entryPoints: z.array(EntryPoint).max(100_000).default([]),
});
export type Workload = z.infer<typeof Workload>;
