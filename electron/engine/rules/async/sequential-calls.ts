import { defineRule, type RuleReport } from '../../types';
import { isRequestCall, outgoingOf } from '../../graph';
import { formatList, formatNumber } from '../../format';
import { itemAt } from '../../../../shared/base/itemAt';

/**
 * Reports a component that states it calls its dependencies one after another (api.sequentialCalls)
 * and makes two or more request calls: each request waits for the sum of their latencies. Calls
 * to one alternative group are one step (one of them answers).
 */
export const sequentialCalls = defineRule({
  meta: {
    id: 'async/sequential-calls',
    checklist: 'async',
    severity: 'warning',
    title: 'Calls made one after another add up their latencies',
    why: 'A request that calls its dependencies in turn waits for each of them, so its latency is the sum of theirs rather than the slowest one, and it holds a thread or connection for all of that time. As load grows each callee slows down a little, the sum grows by all of it, and the caller needs more instances just to wait.',
    fix: 'Make independent calls at the same time (concurrently, with one deadline for the set), cache the answers that change rarely, or let the client fetch the parts itself; keep a sequence only where one call needs the result of another.',
    source: { guide: 'Scalability Habits', section: 'Loose Coupling' },
  },
  check(ctx) {
    const reports: RuleReport[] = [];
    for (const caller of ctx.project.components) {
      if (caller.api?.sequentialCalls !== true) continue;
      const steps = new Map<string, { names: string[]; latency: number; assumed: boolean }>();
      const connections: string[] = [];
      for (const c of outgoingOf(ctx.graph, caller.id)) {
        const callee = ctx.graph.components.get(c.to);
        if (!callee || !isRequestCall(c) || ctx.deploymentOf(callee).instances === 0) continue;
        const key = c.alternativeGroup === undefined ? `to:${c.to}` : `group:${c.alternativeGroup}`;
        const latency = ctx.capacityOf(callee).p99LatencyMs;
        const step = steps.get(key) ?? { names: [], latency: 0, assumed: false };
        if (!step.names.includes(callee.name)) step.names.push(callee.name);
        step.latency = Math.max(step.latency, latency.value);
        step.assumed ||= latency.assumed;
        steps.set(key, step);
        connections.push(c.id);
      }
      if (steps.size < 2) continue;
      const list = [...steps.values()];
      const sum = list.reduce((total, step) => total + step.latency, 0);
      const slowest = Math.max(...list.map((step) => step.latency));
      const labels = list.map((step) => (step.names.length === 1 ? itemAt(step.names, 0) : `one of ${formatList(step.names)}`));
      reports.push({
        components: [caller.id, ...new Set(connections.map((id) => ctx.graph.connections.get(id)!.to))],
        connections,
        keyTargets: [caller.id],
        message: `${caller.name} calls ${formatList(labels)} one after another: a request waits for the sum of their p99 latencies, ${formatNumber(sum)} ms, instead of the slowest, ${formatNumber(slowest)} ms.`,
        evidence: { steps: steps.size, sumP99Ms: sum, slowestP99Ms: slowest },
        assumed: list.some((step) => step.assumed)
          ? [`p99 latency of ${formatList(list.filter((s) => s.assumed).flatMap((s) => s.names))}: kind defaults`]
          : undefined,
      });
    }
    return reports;
  },
});
