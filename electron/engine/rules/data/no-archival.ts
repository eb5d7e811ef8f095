import { defineRule } from '../../types';
import type { ComponentKind } from '../../../../shared/model/component';
import { formatNumber } from '../../format';
import { ProjectWide } from '../support/projectWide';

const durableKinds: readonly ComponentKind[] = ['database', 'search', 'object-storage', 'stream'];

/** Reports the stores whose data keeps growing with no retention or archival plan, in one finding for the project. */
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
    const stores = new ProjectWide();
    const months = ctx.project.workload.growthHorizonMonths;
    let only = '';
    let totalGrowth = 0;
    let largestAtHorizon: number | null = null;
    for (const store of ctx.project.components) {
      const data = store.data;
      if (!durableKinds.includes(store.kind) || !data || data.retention === true) continue;
      const growth = data.growthGbPerMonth ?? 0;
      if (growth <= 0) continue;
      const atHorizon = data.sizeGb === undefined ? null : data.sizeGb + growth * months;
      const outlook = atHorizon === null || months === 0 ? '' : `from ${formatNumber(data.sizeGb)} GB to ${formatNumber(atHorizon)} GB in ${months} months`;
      if (stores.size === 0) only = `${store.name} grows ${formatNumber(growth)} GB a month${outlook === '' ? '' : ` (${outlook})`}`;
      stores.add(
        store.id,
        stores.listing ? `${store.name} (${formatNumber(growth)} GB a month${outlook === '' ? '' : `, ${outlook}`})` : undefined,
        noArchival.meta.severity,
      );
      totalGrowth += growth;
      if (atHorizon !== null) largestAtHorizon = Math.max(largestAtHorizon ?? 0, atHorizon);
    }
    if (stores.size === 0) return [];
    const evidence = {
      stores: stores.size,
      growthGbPerMonth: totalGrowth,
      largestAtHorizonGb: largestAtHorizon === null ? null : Math.round(largestAtHorizon),
      horizonMonths: months,
    };
    const message =
      stores.size === 1
        ? `${only} with no retention or archival plan.`
        : `${stores.size} stores grow with no retention or archival plan, ${formatNumber(totalGrowth)} GB a month together: ${stores.names()}.`;
    return [stores.report(noArchival.meta.severity, message, evidence)];
  },
});
