import type { Rule } from '../../types';
import { saturatedNow } from './saturated-now';
import { breaksAtTarget } from './breaks-at-target';
import { rewriteRequired } from './rewrite-required';
import { noAutoscaling } from './no-autoscaling';
import { connectionExhaustion } from './connection-exhaustion';
import { dataOutgrowsNode } from './data-outgrows-node';
import { assumedCapacity } from './assumed-capacity';
import { loadLoop } from './load-loop';

/** The growth checklist's rules, in the order reports and docs/rules list them. */
export const growthRules: readonly Rule[] = [
  saturatedNow,
  breaksAtTarget,
  rewriteRequired,
  loadLoop,
  noAutoscaling,
  connectionExhaustion,
  dataOutgrowsNode,
  assumedCapacity,
];
