import type { Analyses, ComponentGrowth, ComponentLoad, EntryAvailability, SinglePointOfFailure } from '../../shared/model/analysis';

import type { PathsAnalysis } from '../../shared/model/analysis';
import { itemAt } from '../../shared/base/itemAt';

type StoreConnections = PathsAnalysis['stores'][number];
type EntryPaths = PathsAnalysis['entryPoints'][number];

/** A look-up by id: what rules need of the index. */
export interface Lookup<T> {
  get(id: string): T | undefined;
}

/** The analyses keyed by component id, so rules look things up in O(1). */
export interface AnalysisIndex {
  readonly load: Lookup<ComponentLoad>;
  readonly growth: Lookup<ComponentGrowth>;
  /** Effective availability of each component. */
  readonly availability: Lookup<number>;
  readonly entryAvailability: Lookup<EntryAvailability>;
  readonly spof: Lookup<SinglePointOfFailure>;
  readonly entryPaths: Lookup<EntryPaths>;
  readonly storeConnections: Lookup<StoreConnections>;
}

/**
 * `indexOf` numbers the components in the order the per-component analyses list them (the
 * graph's): those are looked up through it rather than copied into three more maps per check.
 */
export function indexAnalyses(analyses: Analyses, indexOf: ReadonlyMap<string, number>): AnalysisIndex {
  const availability = analyses.availability.components;
  return {
    load: new ByComponent(indexOf, analyses.load.components),
    growth: new ByComponent(indexOf, analyses.growth.components),
    availability: {
      get(id: string) {
        const v = indexOf.get(id);
        return v === undefined ? undefined : availability[v]?.availability;
      },
    },
    entryAvailability: byId(analyses.availability.entryPoints, (e) => e.entryPointId),
    spof: byId(analyses.spof.spofs, (s) => s.componentId),
    entryPaths: byId(analyses.paths.entryPoints, (e) => e.entryPointId),
    storeConnections: byId(analyses.paths.stores, (s) => s.componentId),
  };
}

class ByComponent<T> implements Lookup<T> {
  private readonly indexOf: ReadonlyMap<string, number>;
  private readonly items: readonly T[];

  constructor(indexOf: ReadonlyMap<string, number>, items: readonly T[]) {
    this.indexOf = indexOf;
    this.items = items;
  }

  get(id: string): T | undefined {
    const v = this.indexOf.get(id);
    return v === undefined ? undefined : this.items[v];
  }
}

/** Plain loops rather than new Map(array.map(...)): no [key, value] pair per item. */
function byId<T>(items: readonly T[], idOf: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (let i = 0; i < items.length; i++) map.set(idOf(itemAt(items, i)), itemAt(items, i));
  return map;
}
