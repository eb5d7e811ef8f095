import type { RuleContext } from '../../types';

/**
 * Where synchronous paths start: the entry points, in workload order. A sketch without entry
 * points still has paths, so then every component that nothing calls synchronously but that
 * calls something is a start.
 */
export function syncRoots(ctx: RuleContext): string[] {
  const entries = [...ctx.graph.entryRates.keys()];
  if (entries.length > 0) return entries;
  return ctx.project.components.map((c) => c.id as string).filter((id) => ctx.sync.incoming(id).length === 0 && ctx.sync.outgoing(id).length > 0);
}
