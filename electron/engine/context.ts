import type { Project } from '../../shared/model/project';
import { buildGraph } from './graph';
import { analyze, type AnalyzeOptions } from './analyses';
import { indexAnalyses } from './analysisIndex';
import type { RuleContext } from './types';

/** Builds the graph and runs every analysis once; what each rule's check receives. */
export function createRuleContext(project: Project, options: AnalyzeOptions = {}): RuleContext {
  const graph = buildGraph(project);
  const growthFactor = options.growthFactor ?? project.workload.growthFactor;
  const analyses = analyze(project, graph, { growthFactor });
  return { project, graph, analyses, index: indexAnalyses(analyses), growthFactor };
}
