import type { Rule } from '../../types';

/** The stateless checklist's rules, in catalog order (DESIGN.md §5). */
export const statelessRules: readonly Rule[] = [];
