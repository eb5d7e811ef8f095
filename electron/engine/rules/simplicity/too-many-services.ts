import { defineRule } from '../../types';
import type { ComponentKind } from '../../../../shared/model/component';
import { formatNumber, formatShortList } from '../../format';

const deployableKinds: readonly ComponentKind[] = ['service', 'worker', 'function', 'api-gateway'];
/** More deployable services per engineer than this and nobody really owns any of them. */
const MAX_PER_ENGINEER = 3;
const NAMES_SHOWN = 8;

/**
 * Reports a project with more than three deployable services per engineer (needs
 * workload.teamSize). A project-level finding with no targets, so its key stays the same
 * while services are added or removed and a recorded decision survives those edits.
 */
export const tooManyServices = defineRule({
  meta: {
    id: 'simplicity/too-many-services',
    checklist: 'simplicity',
    severity: 'warning',
    title: 'More services than the team can own',
    why: 'Every deployable service needs its own pipeline, dashboards, alerts, upgrades and on-call knowledge, and every call between services is a network failure mode to debug. A small team spread over many services spends its time on that upkeep instead of on the product, and a tenfold growth in traffic finds nobody who knows each service well.',
    fix: 'Merge services that change together or share data into a modular monolith with clear internal boundaries, and split a module out again only when it needs to scale, deploy or fail independently, or when a team grows to own it.',
    source: { guide: 'Scalability Habits', section: 'Simplicity and the 10x Question' },
  },
  check(ctx) {
    const teamSize = ctx.project.workload.teamSize;
    if (teamSize === undefined) return [];
    const services = ctx.project.components.filter((c) => deployableKinds.includes(c.kind));
    const perEngineer = services.length / teamSize;
    if (perEngineer <= MAX_PER_ENGINEER) return [];
    const listed = formatShortList(
      services.map((c) => c.name),
      NAMES_SHOWN,
    );
    return [
      {
        message: `${services.length} deployable services for a team of ${teamSize} is ${formatNumber(perEngineer)} per engineer, more than ${MAX_PER_ENGINEER}: ${listed}.`,
        evidence: { services: services.length, teamSize, perEngineer: Math.round(perEngineer * 10) / 10 },
      },
    ];
  },
});
