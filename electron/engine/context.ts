import type { Project } from '../../shared/model/project';
import type { Component } from '../../shared/model/component';
import { effectiveCapacity, effectiveDeployment } from '../../shared/model/defaults';
import { buildGraph } from './graph';
import { withUniformShapes } from './uniformShapes';
import { analyzeInput, type AnalyzeOptions } from './analyses';
import { prepareInput, type AnalysisInput } from './analyses/topology';
import { indexAnalyses } from './analysisIndex';
import { synchronousGraph, type SynchronousGraph } from './synchronousGraph';
import type { RuleContext } from './types';
import { itemAt } from '../../shared/base/itemAt';

/** Builds the graph and runs every analysis once; what each rule's check receives. */
export function createRuleContext(parsed: Project, options: AnalyzeOptions = {}): RuleContext {
  // Analyses and rules read one object layout per record type (see withUniformShapes).
  const project = withUniformShapes(parsed);
  const graph = buildGraph(project);
  const growthFactor = options.growthFactor ?? project.workload.growthFactor;
  const input = prepareInput(project, graph, growthFactor);
  const analyses = analyzeInput(input);
  let sync: SynchronousGraph | undefined;
  return {
    project,
    graph,
    analyses,
    index: indexAnalyses(analyses, graph.indexOf),
    growthFactor,
    connectionEnds: { from: input.connectionFrom, to: input.connectionTo },
    // Built on first use: a check always uses it, but a single rule's test may not.
    get sync() {
      sync ??= synchronousGraph(graph);
      return sync;
    },
    capacityOf: (component) => resolvedFor(input, component, input.capacity) ?? effectiveCapacity(component),
    deploymentOf: (component) => resolvedFor(input, component, input.deployment) ?? effectiveDeployment(component),
    replicaOf: (id) => {
      const v = input.indexOf.get(id);
      const primary = v === undefined ? -1 : itemAt(input.replicaOf, v);
      return primary < 0 ? undefined : itemAt(input.components, primary).id;
    },
    readReplicasOf: (id) => {
      const v = input.indexOf.get(id);
      return v === undefined ? 0 : itemAt(input.readReplicas, v);
    },
  };
}

/**
 * What the analyses resolved for this component, if it is the project's (a rule may ask about a
 * component object it built itself; then the caller resolves it).
 */
function resolvedFor<T>(input: AnalysisInput, component: Component, resolved: readonly T[]): T | undefined {
  const index = input.indexOf.get(component.id);
  return index !== undefined && input.components[index] === component ? resolved[index] : undefined;
}
