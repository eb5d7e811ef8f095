import type { Rule } from '../../types';

/** The api checklist's rules, in catalog order (DESIGN.md §5). */
export const apiRules: readonly Rule[] = [];
