import { computeKinds, type Component } from '../../../../shared/model/component';
import { effectiveDeployment } from '../../../../shared/model/defaults';
import { formatList, formatShortList } from '../../format';
import { incomingOf, outgoingOf, type ProjectGraph } from '../../graph';
import { defineRule } from '../../types';
import { ProjectWide } from '../support/projectWide';
import { itemAt } from '../../../../shared/base/itemAt';

/** Session storage that lets any instance serve any user. */
const stateless = new Set(['none', 'external-store', 'signed-cookie']);

/**
 * Reports the tiers that keep sessions in process memory and the sticky balancers in front of
 * tiers that do not state stateless sessions, in one finding for the project: an error when a
 * tier already runs several instances with nothing pinning its users.
 */
export const inMemorySessions = defineRule({
  meta: {
    id: 'stateless/in-memory-sessions',
    checklist: 'stateless',
    severity: 'warning',
    title: 'User sessions are tied to one instance',
    why: 'When a session lives in the memory of the instance that created it, only that instance can serve the user. Adding instances at 10× then logs users out or forces sticky routing, which spreads load unevenly, and every deploy or crash ends the sessions it held.',
    fix: 'Keep sessions in an external store shared by all instances (Redis or the database) or in a signed cookie, then turn off sticky sessions on the load balancers so any instance can take any request.',
    source: { guide: 'Design for Scale', section: '2. Stateless Architecture' },
  },
  check({ project, graph }) {
    const tied = new ProjectWide();
    // The tiers behind a sticky balancer are targets too, once each.
    const behind = new Set<string>();
    const balancers = new Set<string>();
    let only = '';
    let inMemory = 0;
    let instances = 0;
    for (const component of project.components) {
      if (component.state?.sessions === 'in-memory') {
        const pinning = stickyBalancersOf(graph, component.id);
        const count = effectiveDeployment(component).instances;
        const pinned = pinning.length > 0 ? `, and ${formatList(pinning.map((b) => b.name))} pins each user to one instance to make that work` : '';
        if (tied.size === 0) only = `${component.name} keeps user sessions in process memory${pinned}; a restart or a new instance loses them.`;
        for (let j = 0; j < pinning.length; j++) balancers.add(itemAt(pinning, j).id);
        inMemory++;
        instances = Math.max(instances, count);
        const label = tied.listing
          ? `${component.name} (sessions in process memory${
              pinning.length > 0
                ? `, pinned by ${formatShortList(
                    pinning.map((b) => b.name),
                    3,
                  )}`
                : ''
            })`
          : undefined;
        // Already more than one instance: users are being bounced between sessions today.
        tied.add(component.id, label, count > 1 && pinning.length === 0 ? 'error' : 'warning');
      } else if (component.kind === 'load-balancer' && component.deployment?.stickySessions === true) {
        const unproven = unprovenTiers(graph, component.id);
        if (unproven === null) continue;
        const target = unproven.length > 0 ? ` to ${formatList(unproven.map((t) => t.name))}` : '';
        if (tied.size === 0)
          only = `${component.name} uses sticky sessions${target}, so each user is bound to one instance: load spreads unevenly and a failed instance drops its users.`;
        for (let j = 0; j < unproven.length; j++) behind.add(itemAt(unproven, j).id);
        balancers.add(component.id);
        const label = tied.listing
          ? `${component.name} (sticky sessions${
              unproven.length > 0
                ? ` to ${formatShortList(
                    unproven.map((t) => t.name),
                    3,
                  )}`
                : ''
            })`
          : undefined;
        tied.add(component.id, label, inMemorySessions.meta.severity);
      }
    }
    if (tied.size === 0) return [];
    const message =
      tied.size === 1
        ? only
        : `${tied.size} components tie each user's session to one instance, so a restart or a failed instance loses those users' sessions and load spreads unevenly: ${tied.names()}.`;
    const evidence = { components: tied.size, inMemory, instances, stickyBalancers: balancers.size, tiersBehind: behind.size };
    return [tied.report(inMemorySessions.meta.severity, message, evidence, behind.size === 0 ? {} : { components: [...tied.ids, ...behind] })];
  },
});

/** The balancers in front of a tier that pin users to one instance. */
function stickyBalancersOf(graph: ProjectGraph, id: string): Component[] {
  const found: Component[] = [];
  for (let j = 0, list = incomingOf(graph, id); j < list.length; j++) {
    const from = graph.components.get(itemAt(list, j).from);
    if (from?.kind === 'load-balancer' && from.deployment?.stickySessions === true) found.push(from);
  }
  return found;
}

/**
 * The tiers behind a sticky balancer that do not state stateless sessions; null when sticky
 * routing is harmless there (every tier behind states stateless sessions) or already named in a
 * tier's own in-memory report. Sticky routing usually hides session state kept in an instance.
 */
function unprovenTiers(graph: ProjectGraph, id: string): Component[] | null {
  const tiers = outgoingOf(graph, id)
    .map((c) => graph.components.get(c.to)!)
    .filter((t) => computeKinds.includes(t.kind));
  const unproven = tiers.filter((t) => !stateless.has(t.state?.sessions ?? ''));
  if (tiers.length > 0 && unproven.length === 0) return null;
  // In-memory tiers get their own report, which already names this balancer.
  if (unproven.some((t) => t.state?.sessions === 'in-memory')) return null;
  return unproven;
}
