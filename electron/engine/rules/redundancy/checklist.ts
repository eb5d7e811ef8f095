import type { Rule } from '../../types';

/** The redundancy checklist's rules, in catalog order (DESIGN.md §5). */
export const redundancyRules: readonly Rule[] = [];
