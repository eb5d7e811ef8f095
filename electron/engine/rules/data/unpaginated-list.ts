import { defineRule } from '../../types';
import { ProjectWide } from '../support/projectWide';

/** Reports the APIs that serve lists without pagination, in one finding for the project. */
export const unpaginatedList = defineRule({
  meta: {
    id: 'data/unpaginated-list',
    checklist: 'data',
    severity: 'warning',
    title: 'List endpoints without pagination',
    why: 'A list that returns every row works while tables are small. As data grows tenfold, each call reads, serializes and sends ten times more, so latency, memory and database load grow with the data rather than with the traffic, and one large customer can slow everyone down.',
    fix: 'Page every list endpoint with a bounded page size, preferably with cursor (keyset) pagination on an indexed column, and reject requests for unbounded pages.',
    source: { guide: 'Scaling Systems the Smart Way', section: '8. Plan for Data Growth' },
  },
  check(ctx) {
    const apis = new ProjectWide();
    for (const component of ctx.project.components) {
      if (component.api?.hasListEndpoints !== true || component.api.listsPaginated === true) continue;
      apis.add(component.id, component.name, unpaginatedList.meta.severity);
    }
    if (apis.size === 0) return [];
    const message =
      apis.size === 1
        ? `${apis.names()} has list endpoints that return results without pagination.`
        : `${apis.size} components have list endpoints that return results without pagination: ${apis.names()}.`;
    return [apis.report(unpaginatedList.meta.severity, message, { components: apis.size })];
  },
});
