import { computeKinds, type InProcessState } from '../../../../shared/model/component';
import { formatList, formatNumber } from '../../format';
import { defineRule } from '../../types';
import { ProjectWide } from '../support/projectWide';

const described: Record<InProcessState, string> = {
  cache: 'an in-process cache',
  model: 'a model loaded in memory',
  registry: 'an in-process registry',
  other: 'other in-process state',
};

/**
 * Reports the compute tiers that keep state inside their instances, in one finding for the
 * project that names each with its kinds of state and instances: a warning when any runs, or
 * will need, more than one instance.
 */
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
    const components = new ProjectWide();
    let only = '';
    // The member with the most instances (today or at the growth target): the evidence of the finding.
    let worst = '';
    let most = -1;
    let evidence: Record<string, number | null> = {};
    for (const component of project.components) {
      const state = component.state?.inProcess ?? [];
      if (!computeKinds.includes(component.kind) || state.length === 0) continue;
      const deployment = deploymentOf(component);
      const needed = index.growth.get(component.id)?.instancesNeeded ?? null;
      const many = deployment.instances > 1 || deployment.autoscaling || (needed !== null && needed > 1);
      let label: string | undefined;
      if (components.listing) {
        const kinds = formatList([...new Set(state)].map((s) => described[s]));
        if (components.size === 0) {
          const scale =
            deployment.instances > 1
              ? `each of its ${deployment.instances} instances builds and keeps its own copy`
              : needed !== null && needed > 1
                ? `it needs ${formatNumber(needed)} instances at the growth target, each with its own copy`
                : 'every new instance must rebuild it';
          only = `${component.name} holds ${kinds}; ${scale}.`;
        }
        const count =
          deployment.instances > 1
            ? `${formatNumber(deployment.instances)} instances`
            : needed !== null && needed > 1
              ? `${formatNumber(needed)} instances at the growth target`
              : 'one instance';
        label = `${component.name} (${kinds}; ${count})`;
      }
      // One instance that never needs a second: worth knowing, not worth a warning.
      components.add(component.id, label, many ? 'warning' : 'info');
      const instances = Math.max(deployment.instances, needed ?? 0);
      if (instances > most) {
        most = instances;
        worst = component.name;
        evidence = { instances: deployment.instances, instancesNeeded: needed, stateKinds: state.length };
      }
    }
    if (components.size === 0) return [];
    const message =
      components.size === 1
        ? only
        : `${components.size} components keep state inside each instance, which every new instance must rebuild and all must keep consistent: ${components.names()}.`;
    return [components.report(inProcessState.meta.severity, message, { components: components.size, ...(components.size > 1 ? { worst } : {}), ...evidence })];
  },
});
