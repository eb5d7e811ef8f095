import type { Rule } from '../../types';
import { readHeavyUncached } from './read-heavy-uncached';
import { noExpiry } from './no-expiry';
import { cacheAsDatabase } from './cache-as-database';
import { staticWithoutCdn } from './static-without-cdn';

/** The caching checklist's rules, in the order reports and docs/rules list them. */
export const cachingRules: readonly Rule[] = [readHeavyUncached, noExpiry, cacheAsDatabase, staticWithoutCdn];
