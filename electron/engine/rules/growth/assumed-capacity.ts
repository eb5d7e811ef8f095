import { formatRate } from '../../format';
import { listSome } from './topology/text';
import { defineRule } from '../../types';
import { capacityAssumption } from './topology/assumptions';

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
    const assumed = project.components.filter((c) => {
      const load = index.load.get(c.id);
      return load !== undefined && load.rate > 0 && load.capacityAssumed && load.capacityPerInstance !== null;
    });
    if (assumed.length === 0) return [];
    const listed = assumed.map((c) => `${c.name} (${formatRate(index.load.get(c.id)!.capacityPerInstance)})`);
    return [{
      components: assumed.map((c) => c.id),
      message: `The capacity of ${assumed.length === 1 ? '1 loaded component' : `${assumed.length} loaded components`} comes from kind defaults, so their growth figures are estimates: ${listSome(listed, LISTED)}.`,
      evidence: { components: assumed.length },
      assumed: assumed.map((c) => capacityAssumption(c, index)!),
    }];
  },
});
