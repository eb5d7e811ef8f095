import type { Rule } from '../../types';

/** The growth checklist's rules, in catalog order (DESIGN.md §5). */
export const growthRules: readonly Rule[] = [];
