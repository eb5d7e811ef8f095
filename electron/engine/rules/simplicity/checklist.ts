import type { Rule } from '../../types';

/** The simplicity checklist's rules, in catalog order (DESIGN.md §5). */
export const simplicityRules: readonly Rule[] = [];
