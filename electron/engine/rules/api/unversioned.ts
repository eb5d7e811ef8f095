import { defineRule } from '../../types';
import { ProjectWide } from '../support/projectWide';

/**
 * Reports the public APIs without versioning, in one finding for the project. Internal APIs can
 * change in step with their callers.
 */
export const unversioned = defineRule({
  meta: {
    id: 'api/unversioned',
    checklist: 'api',
    severity: 'warning',
    title: 'Public API without versioning',
    why: 'Clients of a public API upgrade on their own schedule, so every change either breaks some of them or has to stay compatible forever. Growth brings more clients and more reasons to change the API, for example to add pagination or split a service, and without versions each such change becomes a coordinated migration of everyone at once.',
    fix: "Version the public API from the start (a /v1 path prefix or a version header), keep each version's contract stable, publish breaking changes as a new version, and retire old versions on an announced schedule.",
    source: { guide: 'Scalability Habits', section: 'Loose Coupling' },
  },
  check(ctx) {
    const apis = new ProjectWide();
    for (const component of ctx.project.components) {
      if (component.api?.visibility !== 'public' || component.api.versioned === true) continue;
      apis.add(component.id, component.name, unversioned.meta.severity);
    }
    if (apis.size === 0) return [];
    const message =
      apis.size === 1
        ? `${apis.names()} serves a public API without versioning.`
        : `${apis.size} components serve a public API without versioning: ${apis.names()}.`;
    return [apis.report(unversioned.meta.severity, message, { components: apis.size })];
  },
});
