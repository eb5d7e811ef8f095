import type { Rule } from '../../types';

/** The testing checklist's rules, in catalog order (DESIGN.md §5). */
export const testingRules: readonly Rule[] = [];
