import { defineRule } from '../../types';
import type { ComponentKind } from '../../../../shared/model/component';

/** The kinds that run the team's own code. */
const codeKinds: readonly ComponentKind[] = ['service', 'worker', 'function'];

/** Reports services, workers and functions without integration tests. */
export const noIntegrationTests = defineRule({
  meta: {
    id: 'testing/no-integration-tests',
    checklist: 'testing',
    severity: 'info',
    title: 'Service without integration tests',
    why: 'Unit tests show that the parts work, not that the service works with its database, queue and neighbours. Scaling changes exactly those seams — adding a cache, a replica, a queue, splitting a service — and without integration tests each of those changes is verified only in production.',
    fix: 'Add tests that run the service against real instances of its dependencies (a containerised database, queue and cache): reads and writes, message handling, and the API contract its callers rely on. Run them in CI, then mark integration tests on the component.',
    source: { guide: 'Scalability Habits', section: 'Testing at Every Level' },
  },
  check(ctx) {
    const reports = [];
    for (let i = 0; i < ctx.project.components.length; i++) {
      const component = ctx.project.components[i]!;
      if (!codeKinds.includes(component.kind) || component.testing?.integration === true) continue;
      reports.push({
        components: [component.id],
        message: `${component.name} has no integration tests against the components it works with.`,
        evidence: { integration: false },
      });
    }
    return reports;
  },
});
