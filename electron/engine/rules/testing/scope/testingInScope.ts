import type { Component } from '../../../../../shared/model/component';
import type { RuleContext } from '../../../types';

/**
 * Whether the testing rules may speak about a component: the model states something about its
 * testing, or the growth analysis puts it on the break list (it needs more instances or a
 * redesign at G×). A model that says nothing about testing and has nothing breaking gets no
 * testing findings: a note on every component that no model states is noise, not review.
 */
export function testingInScope(ctx: RuleContext, component: Component): boolean {
  return statesTesting(component) || breaksAtGrowth(ctx, component);
}

export function statesTesting(component: Component): boolean {
  const testing = component.testing;
  if (testing === undefined) return false;
  for (const field in testing) if (testing[field as keyof typeof testing] !== undefined) return true;
  return false;
}

export function breaksAtGrowth(ctx: RuleContext, component: Component): boolean {
  const verdict = ctx.index.growth.get(component.id)?.verdict;
  return verdict !== undefined && verdict !== 'ok';
}
