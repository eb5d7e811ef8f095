import type { Rule } from '../../types';
import { heavyWorkInRequest } from './heavy-work-in-request';
import { deepSyncChain } from './deep-sync-chain';
import { syncFanOut } from './sync-fan-out';
import { noDeadLetter } from './no-dead-letter';
import { nonDurableQueue } from './non-durable-queue';
import { unboundedQueue } from './unbounded-queue';
import { nonIdempotentConsumer } from './non-idempotent-consumer';
import { unfilteredFanout } from './unfiltered-fanout';
import { sequentialCalls } from './sequential-calls';

/** The async checklist's rules, in the order reports and docs/rules list them. */
export const asyncRules: readonly Rule[] = [
  heavyWorkInRequest,
  deepSyncChain,
  syncFanOut,
  sequentialCalls,
  noDeadLetter,
  nonDurableQueue,
  unboundedQueue,
  nonIdempotentConsumer,
  unfilteredFanout,
];
