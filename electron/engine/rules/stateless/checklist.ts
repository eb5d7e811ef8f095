import type { Rule } from '../../types';
import { inMemorySessions } from './in-memory-sessions';
import { localDisk } from './local-disk';
import { inProcessState } from './in-process-state';

/** The stateless checklist's rules, in the order reports and docs/rules list them. */
export const statelessRules: readonly Rule[] = [inMemorySessions, localDisk, inProcessState];
