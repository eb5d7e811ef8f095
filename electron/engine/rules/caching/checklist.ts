import type { Rule } from '../../types';

/** The caching checklist's rules, in catalog order (DESIGN.md §5). */
export const cachingRules: readonly Rule[] = [];
