import { computeKinds, type InProcessState } from '../../../../shared/model/component';
import { formatList, formatNumber } from '../../format';
import { defineRule, type RuleReport } from '../../types';

const described: Record<InProcessState, string> = {
  cache: 'an in-process cache',
  model: 'a model loaded in memory',
  registry: 'an in-process registry',
  other: 'other in-process state',
};

export const inProcessState = defineRule({
  meta: {
    id: 'stateless/in-process-state',
    checklist: 'stateless',
    severity: 'info',
    title: 'Instances hold state of their own',
    why: 'State kept inside each instance (a local cache, a loaded model, a registry) must be rebuilt by every new instance and kept consistent across all of them. With one instance this is invisible; with the many instances 10× needs, users see different answers from different instances and scale-out becomes slow.',
    fix: 'Move shared state to an external store (a shared cache, a database or a model server), or make it read-only and versioned so every instance loads the same copy at start-up; bound how long an instance may serve stale data.',
    source: { guide: 'Scaling Systems the Smart Way', section: '3. Design for Horizontal Scaling' },
  },
  check({ project, index, deploymentOf }) {
    const reports: RuleReport[] = [];
    for (let i = 0; i < project.components.length; i++) {
      const component = project.components[i]!;
      const state = component.state?.inProcess ?? [];
      if (!computeKinds.includes(component.kind) || state.length === 0) continue;
      const deployment = deploymentOf(component);
      const needed = index.growth.get(component.id)?.instancesNeeded ?? null;
      const many = deployment.instances > 1 || deployment.autoscaling || (needed !== null && needed > 1);
      const kinds = formatList([...new Set(state)].map((s) => described[s]));
      const scale = deployment.instances > 1
        ? `each of its ${deployment.instances} instances builds and keeps its own copy`
        : needed !== null && needed > 1
          ? `it needs ${formatNumber(needed)} instances at the growth target, each with its own copy`
          : 'every new instance must rebuild it';
      reports.push({
        components: [component.id],
        message: `${component.name} holds ${kinds}; ${scale}.`,
        evidence: { instances: deployment.instances, instancesNeeded: needed, stateKinds: state.length },
        // One instance that never needs a second: worth knowing, not worth a warning.
        severity: many ? 'warning' : undefined,
      });
    }
    return reports;
  },
});
