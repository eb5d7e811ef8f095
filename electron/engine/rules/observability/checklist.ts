import type { Rule } from '../../types';

/** The observability checklist's rules, in catalog order (DESIGN.md §5). */
export const observabilityRules: readonly Rule[] = [];
