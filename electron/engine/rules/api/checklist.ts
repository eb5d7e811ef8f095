import type { Rule } from '../../types';
import { unversioned } from './unversioned';
import { noIdempotencyKey } from './no-idempotency-key';

/** The api checklist's rules, in catalog order (DESIGN.md §5). */
export const apiRules: readonly Rule[] = [unversioned, noIdempotencyKey];
