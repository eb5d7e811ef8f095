import type { Project } from '../../../shared/model/project';
import type { Analyses } from '../../../shared/model/analysis';
import type { ProjectGraph } from '../graph';

export interface AnalyzeOptions {
  /** Growth factor G; defaults to the project's workload.growthFactor. */
  readonly growthFactor?: number;
}

/**
 * Runs every analysis of DESIGN.md §4 once.
 * TEMPORARY: returns empty analyses until the analysis modules land (issue 3 in progress).
 */
export function analyze(project: Project, _graph: ProjectGraph, options: AnalyzeOptions = {}): Analyses {
  return {
    load: { components: [], cycles: [] },
    growth: { growthFactor: options.growthFactor ?? project.workload.growthFactor, components: [], breaksFirst: null, rewrites: 0, scaleOuts: 0 },
    availability: { components: [], entryPoints: [] },
    spof: { spofs: [] },
    paths: { entryPoints: [], stores: [] },
  };
}
