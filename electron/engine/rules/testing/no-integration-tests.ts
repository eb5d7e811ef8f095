import { defineRule } from '../../types';
import type { ComponentKind } from '../../../../shared/model/component';
import { operatedByTeam } from '../observability/signals/operatedByTeam';
import { ProjectWide } from '../support/projectWide';
import { testingInScope } from './scope/testingInScope';

/** The kinds that run the team's own code. */
const codeKinds: readonly ComponentKind[] = ['service', 'worker', 'function'];

/**
 * Reports the services, workers and functions without integration tests, in one finding for the
 * project. Only components whose testing the model states, or that the growth analysis says
 * break at G× (testingInScope); provider-managed ones are skipped.
 */
export const noIntegrationTests = defineRule({
  meta: {
    id: 'testing/no-integration-tests',
    checklist: 'testing',
    severity: 'info',
    title: 'Service without integration tests',
    why: 'Unit tests show that the parts work, not that the service works with its database, queue and neighbours. Scaling changes exactly those seams — adding a cache, a replica, a queue, splitting a service — and without integration tests each of those changes is verified only in production.',
    fix: 'Add tests that run each service named in the finding against real instances of its dependencies (a containerised database, queue and cache): reads and writes, message handling, and the API contract its callers rely on. Run them in CI, then mark integration tests on the component.',
    source: { guide: 'Scalability Habits', section: 'Testing at Every Level' },
  },
  check(ctx) {
    const untested = new ProjectWide();
    for (const component of ctx.project.components) {
      if (!codeKinds.includes(component.kind) || component.testing?.integration === true) continue;
      if (!operatedByTeam(component) || !testingInScope(ctx, component)) continue;
      untested.add(component.id, component.name, noIntegrationTests.meta.severity);
    }
    if (untested.size === 0) return [];
    const message =
      untested.size === 1
        ? `${untested.names()} has no integration tests against the components it works with.`
        : `${untested.size} services have no integration tests against the components they work with: ${untested.names()}.`;
    return [untested.report(noIntegrationTests.meta.severity, message, { components: untested.size })];
  },
});
