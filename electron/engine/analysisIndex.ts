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
  return {
    load: new Map(analyses.load.components.map((c) => [c.componentId, c])),
    growth: new Map(analyses.growth.components.map((c) => [c.componentId, c])),
    availability: new Map(analyses.availability.components.map((c) => [c.componentId, c.availability])),
    entryAvailability: new Map(analyses.availability.entryPoints.map((e) => [e.entryPointId, e])),
    spof: new Map(analyses.spof.spofs.map((s) => [s.componentId, s])),
    entryPaths: new Map(analyses.paths.entryPoints.map((e) => [e.entryPointId, e])),
    storeConnections: new Map(analyses.paths.stores.map((s) => [s.componentId, s])),
  };
}
