import type { Rule } from '../../types';
import { singlePointOfFailure } from './single-point-of-failure';
import { singleZone } from './single-zone';
import { noFailover } from './no-failover';
import { availabilityBelowTarget } from './availability-below-target';
import { noHealthCheck } from './no-health-check';
import { noBackup } from './no-backup';
import { startupDependency } from './startup-dependency';
import { divergentAlternatives } from './divergent-alternatives';

/** The redundancy checklist's rules, in the order reports and docs/rules list them. */
export const redundancyRules: readonly Rule[] = [
  singlePointOfFailure,
  singleZone,
  noFailover,
  availabilityBelowTarget,
  noHealthCheck,
  noBackup,
  startupDependency,
  divergentAlternatives,
];
