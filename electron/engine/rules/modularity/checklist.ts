import type { Rule } from '../../types';

/** The modularity checklist's rules, in catalog order (DESIGN.md §5). */
export const modularityRules: readonly Rule[] = [];
