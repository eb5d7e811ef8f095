import type { Rule } from '../types';
import { growthRules } from './growth/checklist';
import { statelessRules } from './stateless/checklist';
import { redundancyRules } from './redundancy/checklist';
import { asyncRules } from './async/checklist';
import { cachingRules } from './caching/checklist';
import { resilienceRules } from './resilience/checklist';
import { observabilityRules } from './observability/checklist';
import { dataRules } from './data/checklist';
import { apiRules } from './api/checklist';
import { testingRules } from './testing/checklist';
import { simplicityRules } from './simplicity/checklist';
import { modularityRules } from './modularity/checklist';

/** Every rule, in catalog order. The order of findings follows it, so output is deterministic. */
export const rules: readonly Rule[] = [
  ...growthRules,
  ...statelessRules,
  ...redundancyRules,
  ...asyncRules,
  ...cachingRules,
  ...resilienceRules,
  ...observabilityRules,
  ...dataRules,
  ...apiRules,
  ...testingRules,
  ...simplicityRules,
  ...modularityRules,
];

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.meta.id, r]));
