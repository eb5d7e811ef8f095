import type { Rule } from '../../types';

/** The async checklist's rules, in catalog order (DESIGN.md §5). */
export const asyncRules: readonly Rule[] = [];
