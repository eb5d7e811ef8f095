import { defineRule } from '../../types';
import { operatedByTeam } from './signals/operatedByTeam';

/**
 * Reports components the team runs that lack metrics or logs: a warning when both are missing,
 * info when one is. Provider-run components (see operatedByTeam) are skipped.
 */
export const unmonitored = defineRule({
  meta: {
    id: 'observability/unmonitored',
    checklist: 'observability',
    severity: 'warning',
    title: 'Component without metrics or logs',
    why: 'Without metrics you cannot tell how close a component is to its limits, so you learn about saturation from users. Without logs you cannot tell why it failed. Growing tenfold means finding the next bottleneck before it breaks, and that starts with measuring every tier you run.',
    fix: 'Export metrics (request rate, errors, latency, resource use) to your monitoring system and ship structured, levelled logs to a central store; then mark metrics and logs on the component.',
    source: { guide: 'Scaling Systems the Smart Way', section: '5. Monitor, Then Optimize' },
  },
  check(ctx) {
    const reports = [];
    for (let i = 0; i < ctx.project.components.length; i++) {
      const component = ctx.project.components[i]!;
      if (!operatedByTeam(component)) continue;
      const missing: string[] = [];
      if (component.observability?.metrics !== true) missing.push('metrics');
      if (component.observability?.logs !== true) missing.push('logs');
      if (missing.length === 0) continue;
      reports.push({
        components: [component.id],
        message: `${component.name} has no ${missing.join(' or ')}: nobody can see how close it is to its limits${missing.includes('logs') ? ' or why it failed' : ''}.`,
        evidence: { metrics: !missing.includes('metrics'), logs: !missing.includes('logs') },
        ...(missing.length === 1 ? { severity: 'info' as const } : {}),
      });
    }
    return reports;
  },
});
