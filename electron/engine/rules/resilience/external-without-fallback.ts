import { defineRule, type Connection, type RuleReport } from '../../types';
import { isHardDependency, outgoingOf } from '../../graph';
import { CallerCalls, carriesRequests } from '../support/perCaller';

/**
 * Reports, once per calling component, its hard synchronous dependencies on third-party APIs
 * that have no fallback, no alternative and no queue in between. Monitoring tools calling out
 * (alert delivery, for instance) are not asked for fallbacks.
 */
export const externalWithoutFallback = defineRule({
  meta: {
    id: 'resilience/external-without-fallback',
    checklist: 'resilience',
    severity: 'warning',
    title: 'Hard dependency on a third-party API with no fallback',
    why: 'A third-party API fails and slows down on its own schedule, and its rate limits do not grow with your traffic. When a request cannot complete without it, its outages become your outages, and at 10x traffic you reach its limits sooner. Nothing on your side can make it more available.',
    fix: 'Decouple each call named in the finding: put the work on a queue and call the API from a worker, or give the caller a fallback (cached answer, degraded response, second provider in an alternative group), then mark the connection as soft or with fallback.',
    source: { guide: 'Scaling Systems the Smart Way', section: '7. Build Resilience In' },
  },
  check(ctx) {
    const reports: RuleReport[] = [];
    for (const caller of ctx.project.components) {
      const outgoing = outgoingOf(ctx.graph, caller.id);
      let calls: CallerCalls | undefined;
      let apis: string[] | undefined;
      for (const connection of outgoing) {
        if (!isHardDependency(connection)) continue;
        const target = carriesRequests(ctx.graph, caller, connection);
        if (target === undefined || target.kind !== 'external-api' || hasAlternative(outgoing, connection)) continue;
        (calls ??= new CallerCalls()).add(connection.id, target.name);
        apis ??= [];
        if (!apis.includes(target.id)) apis.push(target.id);
      }
      if (calls === undefined || apis === undefined) continue;
      const message =
        calls.size === 1
          ? `${caller.name} cannot answer without the third-party API ${calls.names()}: the call is synchronous, hard, and has no fallback or queue.`
          : `${caller.name} cannot answer without ${calls.size} calls to third-party APIs: ${calls.names()}; each is synchronous, hard, and has no fallback or queue.`;
      reports.push({
        components: [caller.id, ...apis],
        connections: calls.connections,
        keyTargets: [caller.id],
        message,
        evidence: { calls: calls.size, apis: apis.length },
      });
    }
    return reports;
  },
});

/** Another connection of the same caller in the same alternative group can stand in. */
function hasAlternative(outgoing: readonly Connection[], connection: Connection): boolean {
  if (connection.alternativeGroup === undefined) return false;
  return outgoing.some((other) => other.id !== connection.id && other.alternativeGroup === connection.alternativeGroup);
}
