import type { Component } from '../../../../shared/model/component';
import { isOffRequestPath, outgoingOf, type ProjectGraph } from '../../graph';
import type { Connection, RuleContext } from '../../types';
import { LISTED } from './projectWide';

/**
 * Whether a caller's connection is one the per-connection hygiene rules (timeouts, retries,
 * breakers, fallbacks) ask about: both ends exist, it carries requests (not a start-up or
 * zero-call edge), and neither end is a monitoring tool (scrapes and log shipping are not calls
 * a request waits on).
 */
export function carriesRequests(graph: ProjectGraph, caller: Component, connection: Connection): Component | undefined {
  if (caller.kind === 'monitoring' || isOffRequestPath(connection)) return undefined;
  const callee = graph.components.get(connection.to);
  return callee === undefined || callee.kind === 'monitoring' ? undefined : callee;
}

/**
 * The connections of one caller that a rule reports together: one finding per calling
 * component, keyed by it, so review state survives calls being added or fixed.
 */
export class CallerCalls {
  readonly connections: string[] = [];
  private readonly labels: string[] = [];

  /** Whether the next call is named in the message, so its label is worth building. */
  get listing(): boolean {
    return this.connections.length < LISTED;
  }

  /** `label` is read only while `listing`. */
  add(connectionId: string, label: string | undefined): void {
    if (this.connections.length < LISTED) this.labels.push(label ?? connectionId);
    this.connections.push(connectionId);
  }

  get size(): number {
    return this.connections.length;
  }

  /** "catalogue, carts, orders, user", or the first few "and 3 more". */
  names(): string {
    const shown = this.labels.join(', ');
    return this.connections.length > this.labels.length ? `${shown} and ${this.connections.length - this.labels.length} more` : shown;
  }
}

/** A callee as a call list names it: reads and writes say so, plain calls do not. */
export function calleeLabel(callee: Component, connection: Connection): string {
  return connection.kind === 'sync' ? callee.name : `${callee.name} (${connection.kind})`;
}

/** One caller's retried calls that a retry rule reports, and the most retries among them. */
export interface RetriedCalls {
  readonly caller: Component;
  readonly calls: CallerCalls;
  readonly mostRetries: number;
}

/**
 * Every caller's retried calls that carry requests and that `reported` picks (a connection with
 * `retries.max` above 0), with each call's label for the message: the shared walk of the retry rules.
 */
export function retriedCallsByCaller(
  ctx: RuleContext,
  reported: (connection: Connection) => boolean,
  label: (callee: Component, connection: Connection) => string,
): RetriedCalls[] {
  const found: RetriedCalls[] = [];
  for (const caller of ctx.project.components) {
    let calls: CallerCalls | undefined;
    let mostRetries = 0;
    for (const connection of outgoingOf(ctx.graph, caller.id)) {
      const retries = connection.retries?.max ?? 0;
      if (retries <= 0 || !reported(connection)) continue;
      const callee = carriesRequests(ctx.graph, caller, connection);
      if (callee === undefined) continue;
      calls ??= new CallerCalls();
      calls.add(connection.id, calls.listing ? label(callee, connection) : undefined);
      mostRetries = Math.max(mostRetries, retries);
    }
    if (calls !== undefined) found.push({ caller, calls, mostRetries });
  }
  return found;
}
