import { defineRule, type Connection } from '../../types';
import { storeKinds, type ComponentKind } from '../../../../shared/model/component';
import { nameOf, outgoingOf } from '../../graph';
import { formatShortList } from '../../format';
import { isWrite } from '../data/stores/writes';
import { ProjectWide } from '../support/projectWide';
import { itemAt } from '../../../../shared/base/itemAt';

const MAX_HARD_DEPENDENCIES = 8;
const MAX_STORES_WRITTEN = 3;
/** Routing many dependencies is the whole job of these kinds; it is not a sign of mixed responsibilities. */
const routingKinds: readonly ComponentKind[] = ['client', 'cdn', 'dns', 'load-balancer', 'api-gateway'];

const anyConnection = (): boolean => true;

/** How many distinct components the accepted connections lead to; without a set for a component's few connections. */
function distinctTargets(connections: readonly Connection[], accept: (connection: Connection) => boolean): number {
  if (connections.length > 32) {
    // A hub: the pairwise scan below would be quadratic.
    const targets = new Set<string>();
    for (let i = 0; i < connections.length; i++) if (accept(itemAt(connections, i))) targets.add(itemAt(connections, i).to);
    return targets.size;
  }
  let count = 0;
  for (let i = 0; i < connections.length; i++) {
    const connection = itemAt(connections, i);
    if (!accept(connection)) continue;
    let seen = false;
    for (let j = 0; j < i && !seen; j++) seen = itemAt(connections, j).to === connection.to && accept(itemAt(connections, j));
    if (!seen) count++;
  }
  return count;
}

/**
 * Reports the components with 8 or more hard dependencies, or writing to 3 or more stores, in one
 * finding for the project that says of each which limit it passes.
 */
export const godComponent = defineRule({
  meta: {
    id: 'modularity/god-component',
    checklist: 'modularity',
    severity: 'warning',
    title: 'One component does too much',
    why: 'A component that needs many others to answer, or that writes to several stores, mixes several responsibilities. Any one of its dependencies failing breaks it, every change touches it, and it cannot be scaled or split for one job without carrying all the others. At 10x it is usually both the bottleneck and the hardest thing to change.',
    fix: 'Split each one along its responsibilities: give each store one owning module or service, move side effects (emails, analytics, exports) behind events or a queue, and keep the request path to the few dependencies the answer really needs.',
    source: { guide: 'Scalability Habits', section: 'Single Responsibility Principle' },
  },
  check(ctx) {
    const components = new ProjectWide();
    let only = '';
    let mostDependencies = 0;
    let mostStores = 0;
    // One closure per check rather than one per component.
    const writesStore = (c: Connection) => isWrite(c) && storeKinds.includes(ctx.graph.components.get(c.to)!.kind);
    for (const component of ctx.project.components) {
      if (routingKinds.includes(component.kind)) continue;
      const outgoing = outgoingOf(ctx.graph, component.id);
      const hardOutgoing = ctx.sync.hardOutgoing(component.id);
      // Count first, allocating nothing: most components of a large model stay under both
      // thresholds, and building their distinct-target sets only to throw them away was most of
      // this rule's cost.
      const hard = distinctTargets(hardOutgoing, anyConnection);
      const stores = distinctTargets(outgoing, writesStore);
      const tooManyDeps = hard >= MAX_HARD_DEPENDENCIES;
      const tooManyStores = stores >= MAX_STORES_WRITTEN;
      if (!tooManyDeps && !tooManyStores) continue;
      mostDependencies = Math.max(mostDependencies, hard);
      mostStores = Math.max(mostStores, stores);
      let label: string | undefined;
      if (components.listing) {
        const names = tooManyStores
          ? formatShortList(
              [...new Set(outgoing.filter(writesStore).map((c) => c.to as string))].map((id) => nameOf(ctx.graph, id)),
              8,
            )
          : '';
        if (components.size === 0) {
          const facts = [...(tooManyDeps ? [`depends hard on ${hard} components`] : []), ...(tooManyStores ? [`writes to ${stores} stores (${names})`] : [])];
          only = `${component.name} ${facts.join(' and ')}.`;
        }
        label = `${component.name} (${[...(tooManyDeps ? [`${hard} hard dependencies`] : []), ...(tooManyStores ? [`writes to ${stores} stores: ${names}`] : [])].join('; ')})`;
      }
      components.add(component.id, label, godComponent.meta.severity);
    }
    if (components.size === 0) return [];
    const message = components.size === 1 ? only : `${components.size} components do too much: ${components.names()}.`;
    return [
      components.report(godComponent.meta.severity, message, { components: components.size, hardDependencies: mostDependencies, storesWritten: mostStores }),
    ];
  },
});
