import type { Rule } from '../../types';
import { godComponent } from './god-component';
import { cyclicDependency } from './cyclic-dependency';
import { dangling } from './dangling';

/** The modularity checklist's rules, in the order reports and docs/rules list them. */
export const modularityRules: readonly Rule[] = [godComponent, cyclicDependency, dangling];
