import type { Rule } from '../../types';
import { unmonitored } from './unmonitored';
import { noTracing } from './no-tracing';
import { missingAlerts } from './missing-alerts';

/** The observability checklist's rules, in the order reports and docs/rules list them. */
export const observabilityRules: readonly Rule[] = [unmonitored, noTracing, missingAlerts];
