import { defineRule, type Connection, type RuleContext } from '../../types';
import { nameOf } from '../../graph';
import { formatMultiple, formatPath, formatShortList } from '../../format';
import { stronglyConnected } from './cycles/stronglyConnected';
import { itemAt } from '../../../../shared/base/itemAt';

/** Reports each group of components that depend on each other through synchronous calls. */
export const cyclicDependency = defineRule({
  meta: {
    id: 'modularity/cyclic-dependency',
    checklist: 'modularity',
    severity: 'warning',
    title: 'Synchronous dependency cycle',
    why: 'Components that call each other synchronously cannot be deployed, scaled or reasoned about separately, and under load a slow call can wait on itself through the cycle until threads or connections run out. A retry on any edge of the cycle can multiply around it, so one failure at 10x traffic can keep the whole group saturated.',
    fix: 'Break the cycle: pick the direction the dependency should go, and replace the reverse call with an event on a queue, data the caller already receives, or a shared module. Then no request can come back to a component it started from.',
    source: { guide: 'Scalability Habits', section: 'Loose Coupling' },
  },
  check(ctx) {
    const ids = ctx.project.components.map((c) => c.id as string);
    const { offsets, targets } = syncAdjacency(ctx, ids);
    const reports = [];
    const loopOf = loopsByComponent(ctx);
    for (const group of stronglyConnected(ids.length, offsets, targets)) {
      if (group.length === 1 && !callsItself(itemAt(group, 0), offsets, targets)) continue;
      const members = group.map((v) => itemAt(ids, v));
      const inGroup = new Set(members);
      const inside = members.flatMap((id) => ctx.sync.outgoing(id).filter((c) => inGroup.has(c.to)));
      const cycle = shortestCycle(itemAt(members, 0), inside);
      const loop = loopOf.get(itemAt(members, 0));
      const load =
        loop === undefined || loop.converges
          ? ''
          : ` Load can go round it with a gain of ${formatMultiple(loop.gain)} per round trip${loop.assumedConnectionIds.length > 0 ? ' on default calls per request' : ''}; Tenfold counts one pass.`;
      reports.push({
        components: members,
        connections: inside.map((c) => c.id),
        message: `${describeMembers(ctx, members)} synchronously: ${formatPath(cycle.map((id) => nameOf(ctx.graph, id)))}.${load}`,
        evidence: { components: members.length, connections: inside.length, ...(loop ? { gain: loop.gain } : {}) },
      });
    }
    return reports;
  },
});

/** The load analysis's loop each component is in, if any. */
function loopsByComponent(ctx: RuleContext): Map<string, RuleContext['analyses']['load']['loops'][number]> {
  const byComponent = new Map<string, RuleContext['analyses']['load']['loops'][number]>();
  for (const loop of ctx.analyses.load.loops) for (const id of loop.componentIds) byComponent.set(id, loop);
  return byComponent;
}

/** Each id's position; a repeated id takes its last one. */
function numbered(ids: readonly string[]): Map<string, number> {
  const number = new Map<string, number>();
  ids.forEach((id, v) => number.set(id, v));
  return number;
}

/** Synchronous connections as a compressed adjacency list over the components' project order. */
function syncAdjacency(ctx: RuleContext, ids: readonly string[]): { offsets: Int32Array; targets: Int32Array } {
  // Without repeated ids the graph's numbering is this one (project order): no map of its own.
  const number = ids.length === ctx.graph.indexOf.size ? ctx.graph.indexOf : numbered(ids);
  const offsets = new Int32Array(ids.length + 1);
  ids.forEach((id, v) => {
    offsets[v + 1] = itemAt(offsets, v) + ctx.sync.outgoing(id).length;
  });
  const targets = new Int32Array(itemAt(offsets, ids.length));
  ids.forEach((id, v) => {
    let at = itemAt(offsets, v);
    for (const connection of ctx.sync.outgoing(id)) {
      targets[at++] = number.get(connection.to)!;
    }
  });
  return { offsets, targets };
}

function callsItself(v: number, offsets: Int32Array, targets: Int32Array): boolean {
  for (let e = itemAt(offsets, v); e < itemAt(offsets, v + 1); e++) if (targets[e] === v) return true;
  return false;
}

function describeMembers(ctx: RuleContext, members: readonly string[]): string {
  if (members.length === 1) return `${nameOf(ctx.graph, itemAt(members, 0))} calls itself`;
  return `${formatShortList(
    members.map((id) => nameOf(ctx.graph, id)),
    8,
  )} depend on each other`;
}

/** The shortest way from start back to start inside the group, as component ids (start at both ends). */
function shortestCycle(start: string, inside: readonly Connection[]): string[] {
  const leaving = new Map<string, Connection[]>();
  for (const connection of inside) {
    const list = leaving.get(connection.from);
    if (list) list.push(connection);
    else leaving.set(connection.from, [connection]);
  }
  const previous = new Map<string, string>();
  const queue: string[] = [start];
  for (let head = 0; head < queue.length; head += 1) {
    const id = itemAt(queue, head);
    for (const connection of leaving.get(id) ?? []) {
      if (connection.to === start) return [...trail(previous, id, start), start];
      if (previous.has(connection.to)) continue;
      previous.set(connection.to, id);
      queue.push(connection.to);
    }
  }
  return [start];
}

function trail(previous: ReadonlyMap<string, string>, end: string, start: string): string[] {
  const path = [end];
  while (path[0] !== start) path.unshift(previous.get(itemAt(path, 0))!);
  return path;
}
