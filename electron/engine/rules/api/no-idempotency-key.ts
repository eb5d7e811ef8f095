import { defineRule } from '../../types';
import { ProjectWide } from '../support/projectWide';

/** Reports the public APIs with mutating endpoints that accept no idempotency key, in one finding for the project. */
export const noIdempotencyKey = defineRule({
  meta: {
    id: 'api/no-idempotency-key',
    checklist: 'api',
    severity: 'warning',
    title: 'Mutating public endpoints without idempotency keys',
    why: 'Clients on real networks time out and retry, and a retried POST that creates an order or a payment creates it twice. The more traffic, the more timeouts and retries, and so the more duplicates, which then have to be found and reversed by hand.',
    fix: 'Accept an idempotency key (a client-generated unique id, for example in an Idempotency-Key header) on every mutating endpoint, store it with the result, and return the stored result when the same key is sent again.',
    source: { guide: 'Scalability Habits', section: 'Simplicity and the 10x Question' },
  },
  check(ctx) {
    const apis = new ProjectWide();
    for (const component of ctx.project.components) {
      const api = component.api;
      if (api?.visibility !== 'public' || api.hasMutations !== true || api.idempotencyKeys === true) continue;
      apis.add(component.id, component.name, noIdempotencyKey.meta.severity);
    }
    if (apis.size === 0) return [];
    const message =
      apis.size === 1
        ? `${apis.names()} has public endpoints that change data but accept no idempotency key, so a retried request can apply twice.`
        : `${apis.size} components have public endpoints that change data but accept no idempotency key, so a retried request can apply twice: ${apis.names()}.`;
    return [apis.report(noIdempotencyKey.meta.severity, message, { components: apis.size })];
  },
});
