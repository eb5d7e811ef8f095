import { defineRule, type RuleContext, type RuleReport } from '../../types';
import { outgoingOf } from '../../graph';
import { CallerCalls, carriesRequests } from '../support/perCaller';
import { kindDefaults } from '../../../../shared/model/defaults';
import { formatPercent } from '../../format';
import type { Component, ComponentKind } from '../../../../shared/model/component';

/** Clients are not ours to configure; balancers, CDNs and DNS route around failures with health checks instead. */
const edgeKinds: readonly ComponentKind[] = ['client', 'load-balancer', 'cdn', 'dns'];

/**
 * Reports, once per calling component, its synchronous request/response calls to a third-party
 * API, or to a dependency less available than the caller, that have no circuit breaker.
 * Read/write access to a store is left to the connection pool and timeouts; start-up calls and
 * monitoring connections are not asked for breakers.
 */
export const noCircuitBreaker = defineRule({
  meta: {
    id: 'resilience/no-circuit-breaker',
    checklist: 'resilience',
    severity: 'warning',
    title: 'Call to a weaker dependency without a circuit breaker',
    why: "When a dependency is down or slow, a caller without a circuit breaker keeps sending it requests, waits on each one, and keeps hammering it while it tries to recover. A dependency that is less available than its caller, or run by a third party, will fail more often than the caller can afford, and at 10x traffic the pile-up exhausts the caller's threads and connections.",
    fix: 'Wrap each call named in the finding in a circuit breaker that opens after a run of failures or timeouts, fails fast while open, and probes the dependency before closing again. Pair it with a fallback answer where the product allows one.',
    source: { guide: 'Scaling Systems the Smart Way', section: '7. Build Resilience In' },
  },
  check(ctx) {
    const reports: RuleReport[] = [];
    const defaults: DefaultTexts = new Map();
    for (const caller of ctx.project.components) {
      if (edgeKinds.includes(caller.kind)) continue;
      let weaker: Weaker | undefined;
      const callerAvailability = availabilityOf(ctx, caller);
      for (const connection of outgoingOf(ctx.graph, caller.id)) {
        if (connection.kind !== 'sync' || connection.circuitBreaker === true) continue;
        const callee = carriesRequests(ctx.graph, caller, connection);
        if (callee === undefined) continue;
        const calleeAvailability = availabilityOf(ctx, callee);
        const external = callee.kind === 'external-api';
        if (!external && calleeAvailability >= callerAvailability) continue;
        weaker ??= { calls: new CallerCalls(), callees: [], external: 0, lowest: 1, assumed: [] };
        const label = !weaker.calls.listing
          ? undefined
          : external
            ? `${callee.name} (third-party API)`
            : `${callee.name} (${formatPercent(calleeAvailability)}, below ${caller.name}'s ${formatPercent(callerAvailability)})`;
        weaker.calls.add(connection.id, label);
        addOnce(weaker.callees, callee.id);
        weaker.lowest = Math.min(weaker.lowest, calleeAvailability);
        if (external) {
          weaker.external++;
          continue;
        }
        // Written only for the calls reported, not for every component looked at.
        addOnce(weaker.assumed, assumedAvailability(ctx, caller, defaults));
        addOnce(weaker.assumed, assumedAvailability(ctx, callee, defaults));
      }
      if (weaker === undefined) continue;
      const { calls } = weaker;
      const what = calls.size === 1 ? 'a weaker dependency' : `${calls.size} weaker dependencies`;
      reports.push({
        components: [caller.id, ...weaker.callees],
        connections: calls.connections,
        keyTargets: [caller.id],
        message: `${caller.name} calls ${what} without a circuit breaker: ${calls.names()}.`,
        evidence: {
          calls: calls.size,
          external: weaker.external,
          callerAvailability: round(callerAvailability),
          lowestCalleeAvailability: round(weaker.lowest),
        },
        ...(weaker.assumed.length === 0 ? {} : { assumed: weaker.assumed }),
      });
    }
    return reports;
  },
});

/** The weaker dependencies of one caller, gathered while its calls are walked. */
interface Weaker {
  readonly calls: CallerCalls;
  readonly callees: string[];
  external: number;
  lowest: number;
  readonly assumed: string[];
}

function addOnce(list: string[], item: string | undefined): void {
  if (item !== undefined && !list.includes(item)) list.push(item);
}

/** Effective availability from the availability analysis; one instance's figure if it has none. */
function availabilityOf(ctx: RuleContext, component: Component): number {
  return ctx.index.availability.get(component.id) ?? ctx.capacityOf(component).availability.value;
}

/** "service default 99.9% per instance" by kind and figure, written once per check rather than per call reported. */
type DefaultTexts = Map<ComponentKind, { readonly value: number; readonly text: string }>;

/** Set when the per-instance figure is a kind default rather than stated. */
function assumedAvailability(ctx: RuleContext, component: Component, defaults: DefaultTexts): string | undefined {
  const perInstance = ctx.capacityOf(component).availability;
  if (!perInstance.assumed) return undefined;
  let known = defaults.get(component.kind);
  if (known?.value !== perInstance.value) {
    known = { value: perInstance.value, text: `${kindDefaults[component.kind].label.toLowerCase()} default ${formatPercent(perInstance.value)} per instance` };
    defaults.set(component.kind, known);
  }
  return `availability of ${component.name}: ${known.text}`;
}

/** Six decimals keep the nines apart without floating-point noise. */
function round(share: number): number {
  return Math.round(share * 1e6) / 1e6;
}
