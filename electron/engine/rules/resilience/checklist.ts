import type { Rule } from '../../types';

/** The resilience checklist's rules, in catalog order (DESIGN.md §5). */
export const resilienceRules: readonly Rule[] = [];
