import type { Project } from '../../../shared/model/project';
import type { Analyses } from '../../../shared/model/analysis';
import type { ProjectGraph } from '../graph';
import { prepareInput, type AnalysisInput } from './topology';
import { analyzeLoad } from './load';
import { analyzeGrowth } from './growth';
import { Requirements } from './requirements';
import { analyzeAvailability } from './availability';
import { analyzeSpof } from './spof';
import { analyzePaths } from './paths';

export interface AnalyzeOptions {
  /** Growth factor G; defaults to the project's workload.growthFactor. */
  readonly growthFactor?: number;
}

/** Runs every analysis of docs/analyses.md once; pure and deterministic. */
export function analyze(project: Project, graph: ProjectGraph, options: AnalyzeOptions = {}): Analyses {
  return analyzeInput(prepareInput(project, graph, options.growthFactor ?? project.workload.growthFactor));
}

/** The same, on an input already prepared (the rule context keeps it for its per-component look-ups). */
export function analyzeInput(input: AnalysisInput): Analyses {
  const load = analyzeLoad(input);
  const growth = analyzeGrowth(input, load);
  const requirements = new Requirements(input);
  return {
    load: load.analysis,
    growth,
    availability: analyzeAvailability(input, requirements),
    spof: analyzeSpof(input, requirements),
    paths: analyzePaths(input, load, growth.components),
  };
}
