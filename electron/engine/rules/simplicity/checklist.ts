import type { Rule } from '../../types';
import { oversizedStreaming } from './oversized-streaming';
import { tooManyServices } from './too-many-services';
import { prematurePartitioning } from './premature-partitioning';

/** The simplicity checklist's rules, in catalog order (DESIGN.md §5). */
export const simplicityRules: readonly Rule[] = [oversizedStreaming, tooManyServices, prematurePartitioning];
