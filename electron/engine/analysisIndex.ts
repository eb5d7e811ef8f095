import type {
  Analyses, ComponentGrowth, ComponentLoad, EntryAvailability, SinglePointOfFailure,
} from '../../shared/model/analysis';

import type { PathsAnalysis } from '../../shared/model/analysis';

type StoreConnections = PathsAnalysis['stores'][number];
type EntryPaths = PathsAnalysis['entryPoints'][number];

/** The analyses keyed by component id, so rules look things up in O(1). */
export interface AnalysisIndex {
  readonly load: ReadonlyMap<string, ComponentLoad>;
  readonly growth: ReadonlyMap<string, ComponentGrowth>;
  /** Effective availability of each component. */
  readonly availability: ReadonlyMap<string, number>;
  readonly entryAvailability: ReadonlyMap<string, EntryAvailability>;
  readonly spof: ReadonlyMap<string, SinglePointOfFailure>;
  readonly entryPaths: ReadonlyMap<string, EntryPaths>;
  readonly storeConnections: ReadonlyMap<string, StoreConnections>;
}

export function indexAnalyses(analyses: Analyses): AnalysisIndex {
  // Plain loops rather than new Map(array.map(...)): no [key, value] pair per component and index.
  const availability = new Map<string, number>();
  for (const c of analyses.availability.components) availability.set(c.componentId, c.availability);
  return {
    load: byId(analyses.load.components, (c) => c.componentId),
    growth: byId(analyses.growth.components, (c) => c.componentId),
    availability,
    entryAvailability: byId(analyses.availability.entryPoints, (e) => e.entryPointId),
    spof: byId(analyses.spof.spofs, (s) => s.componentId),
    entryPaths: byId(analyses.paths.entryPoints, (e) => e.entryPointId),
    storeConnections: byId(analyses.paths.stores, (s) => s.componentId),
  };
}

function byId<T>(items: readonly T[], idOf: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) map.set(idOf(item), item);
  return map;
}
