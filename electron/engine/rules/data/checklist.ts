import type { Rule } from '../../types';

/** The data checklist's rules, in catalog order (DESIGN.md §5). */
export const dataRules: readonly Rule[] = [];
