import { defineRule, type RuleReport } from '../../types';
import { isRequestCall, nameOf, outgoingOf } from '../../graph';
import { formatList, formatShortList } from '../../format';

/**
 * Reports an alternative group (connections from one caller sharing alternativeGroup: any member
 * will do) whose members do not depend on the same components: versions of one service behind one
 * name, or replicas that were meant to be equal and are not.
 */
export const divergentAlternatives = defineRule({
  meta: {
    id: 'redundancy/divergent-alternatives',
    checklist: 'redundancy',
    severity: 'warning',
    title: 'Interchangeable components that do not behave alike',
    why: 'A caller that treats several components as interchangeable (versions or copies of one service behind one name) sends each request to whichever answers. When they do not call the same dependencies, the same request gets different answers, a dependency sees only part of the traffic until routing changes, and a capacity or availability plan made for one member is wrong for the others. At 10x traffic that hidden split is where surprises come from.',
    fix: 'Route deliberately: give each version its own route with an explicit traffic split (a canary with a rollback plan), or make the members equal again; model each route as its own connection with its share of the calls.',
    source: { guide: 'Scalability Habits', section: 'Loose Coupling' },
  },
  check(ctx) {
    const reports: RuleReport[] = [];
    for (const caller of ctx.project.components) {
      let groups: Map<string, string[]> | undefined;
      for (const c of outgoingOf(ctx.graph, caller.id)) {
        if (c.alternativeGroup === undefined || !isRequestCall(c) || !ctx.graph.components.has(c.to)) continue;
        groups ??= new Map<string, string[]>();
        const members = groups.get(c.alternativeGroup) ?? [];
        if (!members.includes(c.to)) members.push(c.to);
        groups.set(c.alternativeGroup, members);
      }
      if (groups === undefined) continue;
      for (const [group, members] of groups) {
        if (members.length < 2) continue;
        const differences = differencesOf(ctx, members);
        if (differences.length === 0) continue;
        const names = members.map((id) => nameOf(ctx.graph, id));
        reports.push({
          components: [caller.id, ...members],
          keyTargets: [caller.id],
          message: `${caller.name} sends each ${group} call to one of ${formatList(names)}, but they do not depend on the same components: ${differences.slice(0, 4).join('; ')}${differences.length > 4 ? `; and ${differences.length - 4} more` : ''}.`,
          evidence: { members: members.length, differences: differences.length },
        });
      }
    }
    return reports;
  },
});

/** For each dependency only some members call: "ratings is called by reviews-v2 and reviews-v3 only". */
function differencesOf(ctx: Parameters<typeof divergentAlternatives.check>[0], members: readonly string[]): string[] {
  const callers = new Map<string, string[]>();
  for (const member of members) {
    for (const c of outgoingOf(ctx.graph, member)) {
      if (!isRequestCall(c) && c.kind !== 'async') continue;
      const list = callers.get(c.to) ?? [];
      if (!list.includes(member)) list.push(member);
      callers.set(c.to, list);
    }
  }
  const out: string[] = [];
  for (const [dependency, by] of callers) {
    if (by.length === members.length) continue;
    out.push(
      `${nameOf(ctx.graph, dependency)} is called by ${formatShortList(
        by.map((id) => nameOf(ctx.graph, id)),
        4,
      )} only`,
    );
  }
  return out;
}
