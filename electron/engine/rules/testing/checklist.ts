import type { Rule } from '../../types';
import { noLoadTest } from './no-load-test';
import { noIntegrationTests } from './no-integration-tests';
import { untestedFailover } from './untested-failover';

/** The testing checklist's rules, in catalog order (DESIGN.md §5). */
export const testingRules: readonly Rule[] = [noLoadTest, noIntegrationTests, untestedFailover];
