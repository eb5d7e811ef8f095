import { formatRate } from '../../format';
import { listFirst } from '../support/text';
import { defineRule, type Component } from '../../types';
import { assumedCapacityLine } from '../support/assumptions';
import { itemAt } from '../../../../shared/base/itemAt';

/** Names listed in the message; the rest are counted (all of them stay in `assumed`). */
const LISTED = 6;

export const assumedCapacity = defineRule({
  meta: {
    id: 'growth/assumed-capacity',
    checklist: 'growth',
    severity: 'info',
    title: 'Growth figures rest on default capacities',
    why: 'Where the model does not say how much one instance handles, Tenfold uses an order-of-magnitude default for the kind. Headroom, instances needed and rewrite verdicts for those components are only as good as that guess, and real services vary by ten times or more either way.',
    fix: 'Load-test or measure each listed component at its current peak and enter its requests per second per instance (and p99 latency) in the model; start with the ones that break first in the growth view.',
    source: { guide: 'Scaling Systems the Smart Way', section: '5. Monitor, Then Optimize' },
  },
  check({ project, index }) {
    // One summary for the project, not one finding per component: a fresh sketch states no
    // capacity at all, and a dozen identical findings would bury the ones that matter.
    const assumed: Component[] = [];
    const perInstance: number[] = [];
    for (const c of project.components) {
      const load = index.load.get(c.id);
      if (load === undefined || !(load.rate > 0) || !load.capacityAssumed || load.capacityPerInstance === null) continue;
      assumed.push(c);
      perInstance.push(load.capacityPerInstance);
    }
    if (assumed.length === 0) return [];
    // Hundreds of components share a handful of kind defaults: each rate is formatted once.
    const rates = new Map<number, string>();
    const rateOf = (n: number): string => {
      let text = rates.get(n);
      if (text === undefined) rates.set(n, (text = formatRate(n)));
      return text;
    };
    // The message names the first few and counts the rest: only those need their "name (rate)".
    const listed: string[] = [];
    for (let j = 0; j < assumed.length && j < LISTED; j++) listed.push(`${itemAt(assumed, j).name} (${rateOf(itemAt(perInstance, j))})`);
    const components: string[] = new Array<string>(assumed.length);
    const lines: string[] = new Array<string>(assumed.length);
    for (let j = 0; j < assumed.length; j++) {
      components[j] = itemAt(assumed, j).id;
      lines[j] = assumedCapacityLine(itemAt(assumed, j), rateOf(itemAt(perInstance, j)));
    }
    return [
      {
        components,
        // Keyed by the rule alone: the review of "our capacities are guesses" survives edits.
        keyTargets: [],
        message: `The capacity of ${assumed.length === 1 ? '1 loaded component' : `${assumed.length} loaded components`} comes from kind defaults, so their growth figures are estimates: ${listFirst(listed, assumed.length, LISTED)}.`,
        evidence: { components: assumed.length },
        assumed: lines,
      },
    ];
  },
});
