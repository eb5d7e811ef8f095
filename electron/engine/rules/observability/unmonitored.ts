import { defineRule } from '../../types';
import { LISTED, ProjectWide } from '../support/projectWide';
import { listFirst } from '../support/text';
import { operatedByTeam } from './signals/operatedByTeam';

/**
 * Reports the components the team runs that lack metrics or logs, in one finding for the
 * project: a warning when some lack both, info when each lacks one. Provider-run components and
 * monitoring tools (see operatedByTeam) are skipped.
 */
export const unmonitored = defineRule({
  meta: {
    id: 'observability/unmonitored',
    checklist: 'observability',
    severity: 'warning',
    title: 'Component without metrics or logs',
    why: 'Without metrics you cannot tell how close a component is to its limits, so you learn about saturation from users. Without logs you cannot tell why it failed. Growing tenfold means finding the next bottleneck before it breaks, and that starts with measuring every tier you run.',
    fix: 'Export metrics (request rate, errors, latency, resource use) to your monitoring system and ship structured, levelled logs to a central store for each component named in the finding; then mark metrics and logs on them.',
    source: { guide: 'Scaling Systems the Smart Way', section: '5. Monitor, Then Optimize' },
  },
  check(ctx) {
    const all = new ProjectWide();
    // Named by what they lack, so the message can say which is missing where.
    const neither: string[] = [];
    const noMetrics: string[] = [];
    const noLogs: string[] = [];
    const counts = { neither: 0, noMetrics: 0, noLogs: 0 };
    for (const component of ctx.project.components) {
      if (!operatedByTeam(component)) continue;
      const metrics = component.observability?.metrics === true;
      const logs = component.observability?.logs === true;
      if (metrics && logs) continue;
      const lack = !metrics && !logs ? 'neither' : !metrics ? 'noMetrics' : 'noLogs';
      const names = lack === 'neither' ? neither : lack === 'noMetrics' ? noMetrics : noLogs;
      if (names.length < LISTED) names.push(component.name);
      counts[lack]++;
      all.add(component.id, component.name, lack === 'neither' ? 'warning' : 'info');
    }
    if (all.size === 0) return [];
    const evidence = { components: all.size, withoutMetricsOrLogs: counts.neither, withoutMetrics: counts.noMetrics, withoutLogs: counts.noLogs };
    const noneOfMetrics = counts.neither + counts.noMetrics > 0;
    const noneOfLogs = counts.neither + counts.noLogs > 0;
    if (all.size === 1) {
      const missing = counts.neither === 1 ? 'metrics or logs' : counts.noMetrics === 1 ? 'metrics' : 'logs';
      return [
        all.report(unmonitored.meta.severity, `${all.names()} has no ${missing}: nobody can see ${blindSpots(noneOfMetrics, noneOfLogs, true)}.`, evidence),
      ];
    }
    const parts = [
      ...(counts.neither > 0 ? [`no metrics or logs on ${listFirst(neither, counts.neither, LISTED)}`] : []),
      ...(counts.noMetrics > 0 ? [`no metrics on ${listFirst(noMetrics, counts.noMetrics, LISTED)}`] : []),
      ...(counts.noLogs > 0 ? [`no logs on ${listFirst(noLogs, counts.noLogs, LISTED)}`] : []),
    ];
    return [
      all.report(
        unmonitored.meta.severity,
        `${all.size} components the team runs lack metrics or logs, so nobody can see ${blindSpots(noneOfMetrics, noneOfLogs, false)}: ${parts.join('; ')}.`,
        evidence,
      ),
    ];
  },
});

/** What nobody can see: saturation without metrics, causes of failure without logs. */
function blindSpots(metrics: boolean, logs: boolean, one: boolean): string {
  const limits = one ? 'how close it is to its limits' : 'how close they are to their limits';
  // "why they fail", not "failed", before the list: a message with " failed: " reads as a rule that crashed.
  const failures = one ? 'why it failed' : 'why they fail';
  return metrics && logs ? `${limits} or ${failures}` : metrics ? limits : failures;
}
