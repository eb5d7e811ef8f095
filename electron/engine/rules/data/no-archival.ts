import { defineRule } from '../../types';
import type { ComponentKind } from '../../../../shared/model/component';
import { formatNumber } from '../../format';

const durableKinds: readonly ComponentKind[] = ['database', 'search', 'object-storage', 'stream'];

/** Reports stores whose data keeps growing with no retention or archival plan. */
export const noArchival = defineRule({
  meta: {
    id: 'data/no-archival',
    checklist: 'data',
    severity: 'warning',
    title: 'Growing data with no retention or archival plan',
    why: 'Data that is only ever added makes every index, backup, restore and migration slower each month, and it keeps the hot working set from fitting in memory. Most of it is rarely read, yet it is paid for on the most expensive storage, and at 10x growth it pushes the store past one node years earlier than the live data alone would.',
    fix: 'Decide how long each kind of record must stay online, move older data to cheaper storage (an archive table, object storage, a warehouse) on a schedule, delete what no rule requires you to keep, then mark the retention plan on the store.',
    source: { guide: 'Scaling Systems the Smart Way', section: '8. Plan for Data Growth' },
  },
  check(ctx) {
    const reports = [];
    const months = ctx.project.workload.growthHorizonMonths;
    for (let i = 0; i < ctx.project.components.length; i++) {
      const store = ctx.project.components[i]!;
      const data = store.data;
      if (!durableKinds.includes(store.kind) || !data || data.retention === true) continue;
      const growth = data.growthGbPerMonth ?? 0;
      if (growth <= 0) continue;
      const atHorizon = data.sizeGb === undefined ? null : data.sizeGb + growth * months;
      const outlook = atHorizon === null || months === 0 ? '' : ` (from ${formatNumber(data.sizeGb)} GB to ${formatNumber(atHorizon)} GB in ${months} months)`;
      reports.push({
        components: [store.id],
        message: `${store.name} grows ${formatNumber(growth)} GB a month${outlook} with no retention or archival plan.`,
        evidence: { growthGbPerMonth: growth, sizeGb: data.sizeGb ?? null, sizeAtHorizonGb: atHorizon === null ? null : Math.round(atHorizon), horizonMonths: months },
      });
    }
    return reports;
  },
});
