import { defineRule, type Connection, type RuleContext, type RuleReport } from '../../types';
import { nameOf } from '../../graph';
import { syncRoots } from '../support/syncRoots';
import { formatNumber, formatPath, formatShortList } from '../../format';
import { heaviestPaths, pathFrom, type Walk } from '../support/heaviestPath';
import { itemAt } from '../../../../shared/base/itemAt';

/** Above this, one failing request can turn into more than ten calls on the deepest component. */
const MAX_AMPLIFICATION = 10;

const retriesOf = (connection: Connection): number => Math.max(0, connection.retries?.max ?? 0);

/**
 * Reports synchronous paths where retries multiply: ∏(1 + retries) above 10, or retries on two
 * or more layers of one path. Paths start at the entry points (or, in a model without any, at
 * components nothing calls synchronously). One finding per set of retrying connections, so two
 * entry points sharing a path give one finding naming both.
 */
export const retryAmplification = defineRule({
  meta: {
    id: 'resilience/retry-amplification',
    checklist: 'resilience',
    severity: 'warning',
    title: 'Retries multiply along a call path',
    why: 'When several layers of one call path each retry, their retries multiply: three layers retrying three times turn one failing request into 64 calls at the bottom. The deepest component, usually a database, receives that storm exactly when it is already failing, and at 10x traffic it cannot recover while the storm lasts.',
    fix: 'Retry in one layer only, normally the one closest to the user, and let inner layers fail fast. Cap retries with a retry budget, add backoff with jitter, and use circuit breakers so retries stop when a dependency is down.',
    source: { guide: 'Scaling Systems the Smart Way', section: '7. Build Resilience In' },
  },
  check(ctx) {
    const roots = syncRoots(ctx);
    const base = { next: ctx.sync.outgoing, endOf: (c: Connection) => c.to, stop: () => 0, indexOf: ctx.graph.indexOf };
    const byAmplification = heaviestPaths({ ...base, weight: (c) => Math.log1p(retriesOf(c)) }, roots);
    const byLayers = heaviestPaths({ ...base, weight: (c) => (retriesOf(c) > 0 ? 1 : 0) }, roots);
    const groups = new Map<string, { roots: string[]; path: Connection[]; retrying: Connection[] }>();
    for (const root of roots) {
      const path = worstPath(root, byAmplification, byLayers, base);
      if (!path) continue;
      const retrying = path.filter((c) => retriesOf(c) > 0);
      const signature = retrying.map((c) => c.id).join(' ');
      const group = groups.get(signature);
      if (group) group.roots.push(root);
      else groups.set(signature, { roots: [root], path, retrying });
    }
    return [...groups.values()].map((group) => report(ctx, group.roots, group.path, group.retrying));
  },
});

function worstPath(
  root: string,
  byAmplification: ReturnType<typeof heaviestPaths>,
  byLayers: ReturnType<typeof heaviestPaths>,
  walk: Pick<Walk, 'endOf'>,
): Connection[] | null {
  const amplified = pathFrom(byAmplification, root, walk.endOf);
  if (amplificationOf(amplified) > MAX_AMPLIFICATION) return amplified;
  const layered = pathFrom(byLayers, root, walk.endOf);
  return layered.filter((c) => retriesOf(c) > 0).length >= 2 ? layered : null;
}

function amplificationOf(path: readonly Connection[]): number {
  return path.reduce((product, c) => product * (1 + retriesOf(c)), 1);
}

function report(ctx: RuleContext, roots: readonly string[], path: readonly Connection[], retrying: readonly Connection[]): RuleReport {
  const amplification = amplificationOf(path);
  const names = [nameOf(ctx.graph, itemAt(path, 0).from), ...path.map((c) => nameOf(ctx.graph, c.to))];
  const layers = retrying.map((c) => `${nameOf(ctx.graph, c.from)} → ${nameOf(ctx.graph, c.to)} retries ${retriesOf(c)}×`);
  const entry = formatShortList(
    roots.map((id) => nameOf(ctx.graph, id)),
    5,
  );
  return {
    components: [...roots],
    connections: retrying.map((c) => c.id),
    message: `One failing request from ${entry} can turn into up to ${formatNumber(amplification)} calls on ${names[names.length - 1]} along ${formatPath(names)}: ${retrying.length} layers retry (${layers.length > 6 ? `${layers.slice(0, 6).join('; ')}; …` : layers.join('; ')}).`,
    evidence: { amplification, retryingLayers: retrying.length, hops: path.length },
  };
}
