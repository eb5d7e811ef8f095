import type { Rule } from '../../types';
import { oversizedStreaming } from './oversized-streaming';
import { tooManyServices } from './too-many-services';
import { prematurePartitioning } from './premature-partitioning';

/** The simplicity checklist's rules, in the order reports and docs/rules list them. */
export const simplicityRules: readonly Rule[] = [oversizedStreaming, tooManyServices, prematurePartitioning];
