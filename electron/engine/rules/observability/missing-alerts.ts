import { defineRule } from '../../types';
import { formatList } from '../../format';
import { goldenSignals } from './signals/goldenSignals';
import { operatedByTeam } from './signals/operatedByTeam';

/** Reports components the team runs without alerts on the signals of their kind. */
export const missingAlerts = defineRule({
  meta: {
    id: 'observability/missing-alerts',
    checklist: 'observability',
    severity: 'warning',
    title: 'No alerts on the signals that matter for this kind',
    why: 'Dashboards only help when someone is looking. Each kind of component fails in its own way — a service slows down and errors, a queue backs up, a database runs out of connections or disk — and at 10x load these limits arrive faster than anyone checks. Alerts on those signals give warning before users notice; raw CPU alerts mostly do not.',
    fix: 'Alert on the golden signals of the component\'s kind (named in the finding), with thresholds tied to its capacity and latency targets, route them to an owner, then mark alerts on the component.',
    source: { guide: 'Scalability Habits', section: 'Observability' },
  },
  check(ctx) {
    const reports = [];
    for (let i = 0; i < ctx.project.components.length; i++) {
      const component = ctx.project.components[i]!;
      if (!operatedByTeam(component) || component.observability?.alerts === true) continue;
      const signals = goldenSignals(component.kind);
      reports.push({
        components: [component.id],
        message: `${component.name} has no alerts on its key signals: ${formatList(signals)}.`,
        evidence: { signals: signals.length },
      });
    }
    return reports;
  },
});
