import type { Rule } from '../../types';
import { unversioned } from './unversioned';
import { noIdempotencyKey } from './no-idempotency-key';

/** The api checklist's rules, in the order reports and docs/rules list them. */
export const apiRules: readonly Rule[] = [unversioned, noIdempotencyKey];
