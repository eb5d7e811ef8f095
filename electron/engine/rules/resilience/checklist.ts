import type { Rule } from '../../types';
import { noTimeout } from './no-timeout';
import { retryWithoutBackoff } from './retry-without-backoff';
import { retryAmplification } from './retry-amplification';
import { noCircuitBreaker } from './no-circuit-breaker';
import { externalWithoutFallback } from './external-without-fallback';
import { unsafeRetry } from './unsafe-retry';

/** The resilience checklist's rules, in the order reports and docs/rules list them. */
export const resilienceRules: readonly Rule[] = [noTimeout, retryWithoutBackoff, retryAmplification, noCircuitBreaker, externalWithoutFallback, unsafeRetry];
