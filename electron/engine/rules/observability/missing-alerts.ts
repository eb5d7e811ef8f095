import { defineRule } from '../../types';
import { formatList } from '../../format';
import { kindDefaults } from '../../../../shared/model/defaults';
import type { ComponentKind } from '../../../../shared/model/component';
import { ProjectWide } from '../support/projectWide';
import { goldenSignals } from './signals/goldenSignals';
import { operatedByTeam } from './signals/operatedByTeam';
import { itemAt } from '../../../../shared/base/itemAt';

/**
 * Reports the components the team runs without alerts on the signals of their kind, in one
 * finding for the project that names the signals per kind. Provider-run components and
 * monitoring tools (see operatedByTeam) are skipped.
 */
export const missingAlerts = defineRule({
  meta: {
    id: 'observability/missing-alerts',
    checklist: 'observability',
    severity: 'warning',
    title: 'No alerts on the signals that matter for this kind',
    why: 'Dashboards only help when someone is looking. Each kind of component fails in its own way — a service slows down and errors, a queue backs up, a database runs out of connections or disk — and at 10x load these limits arrive faster than anyone checks. Alerts on those signals give warning before users notice; raw CPU alerts mostly do not.',
    fix: "Alert on the golden signals of each component's kind (named in the finding), with thresholds tied to its capacity and latency targets, route them to an owner, then mark alerts on the component.",
    source: { guide: 'Scalability Habits', section: 'Observability' },
  },
  check(ctx) {
    const silent = new ProjectWide();
    const kinds: ComponentKind[] = [];
    for (const component of ctx.project.components) {
      if (!operatedByTeam(component) || component.observability?.alerts === true) continue;
      silent.add(component.id, component.name, missingAlerts.meta.severity);
      if (!kinds.includes(component.kind)) kinds.push(component.kind);
    }
    if (silent.size === 0) return [];
    if (silent.size === 1) {
      const signals = goldenSignals(itemAt(kinds, 0));
      return [
        silent.report(missingAlerts.meta.severity, `${silent.names()} has no alerts on its key signals: ${formatList(signals)}.`, { components: 1, kinds: 1 }),
      ];
    }
    const perKind = kinds.map((kind) => `for each ${kindDefaults[kind].label.toLowerCase()}: ${formatList(goldenSignals(kind))}`);
    const message = `${silent.size} components have no alerts on the key signals of their kind: ${silent.names()}. Alert ${perKind.join('; ')}.`;
    return [silent.report(missingAlerts.meta.severity, message, { components: silent.size, kinds: kinds.length })];
  },
});
