import type { Rule } from '../../types';
import { noLoadTest } from './no-load-test';
import { noIntegrationTests } from './no-integration-tests';
import { untestedFailover } from './untested-failover';

/** The testing checklist's rules, in the order reports and docs/rules list them. */
export const testingRules: readonly Rule[] = [noLoadTest, noIntegrationTests, untestedFailover];
