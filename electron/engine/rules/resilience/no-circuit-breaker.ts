import { defineRule, type RuleContext } from '../../types';
import { kindDefaults } from '../../../../shared/model/defaults';
import { formatPercent } from '../../format';
import type { Component, ComponentKind } from '../../../../shared/model/component';

/** Clients are not ours to configure; balancers, CDNs and DNS route around failures with health checks instead. */
const edgeKinds: readonly ComponentKind[] = ['client', 'load-balancer', 'cdn', 'dns'];

/**
 * Reports synchronous request/response calls to a third-party API, or to a dependency less
 * available than the caller, that have no circuit breaker. Read/write access to a store is left
 * to the connection pool and timeouts.
 */
export const noCircuitBreaker = defineRule({
  meta: {
    id: 'resilience/no-circuit-breaker',
    checklist: 'resilience',
    severity: 'warning',
    title: 'Call to a weaker dependency without a circuit breaker',
    why: 'When a dependency is down or slow, a caller without a circuit breaker keeps sending it requests, waits on each one, and keeps hammering it while it tries to recover. A dependency that is less available than its caller, or run by a third party, will fail more often than the caller can afford, and at 10x traffic the pile-up exhausts the caller\'s threads and connections.',
    fix: 'Wrap the call in a circuit breaker that opens after a run of failures or timeouts, fails fast while open, and probes the dependency before closing again. Pair it with a fallback answer where the product allows one.',
    source: { guide: 'Scaling Systems the Smart Way', section: '7. Build Resilience In' },
  },
  check(ctx) {
    const reports = [];
    const defaults: DefaultTexts = new Map();
    for (let i = 0; i < ctx.project.connections.length; i++) {
      const connection = ctx.project.connections[i]!;
      if (connection.kind !== 'sync' || connection.circuitBreaker === true) continue;
      const caller = ctx.graph.components.get(connection.from);
      const callee = ctx.graph.components.get(connection.to);
      if (!caller || !callee || edgeKinds.includes(caller.kind)) continue;
      const callerAvailability = availabilityOf(ctx, caller);
      const calleeAvailability = availabilityOf(ctx, callee);
      const external = callee.kind === 'external-api';
      if (!external && calleeAvailability >= callerAvailability) continue;
      const reason = external
        ? `the third-party API ${callee.name}`
        : `${callee.name}, which is less available than its caller (${formatPercent(calleeAvailability)} against ${formatPercent(callerAvailability)})`;
      // Written only for the calls reported, not for every component looked at.
      const assumed = [assumedAvailability(ctx, caller, defaults), assumedAvailability(ctx, callee, defaults)].filter((a): a is string => a !== undefined);
      reports.push({
        components: [connection.from, connection.to],
        connections: [connection.id],
        message: `${caller.name} calls ${reason} without a circuit breaker.`,
        evidence: { callerAvailability: round(callerAvailability), calleeAvailability: round(calleeAvailability), external },
        ...(external || assumed.length === 0 ? {} : { assumed }),
      });
    }
    return reports;
  },
});

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
