import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../../testing/modelBuilder';
import { createRuleContext } from '../../../context';
import { testingInScope } from './testingInScope';

describe('testingInScope', () => {
  it('takes components that state any testing fact, even a negative one', () => {
    const m = new ModelBuilder();
    const silent = m.component('silent', 'service');
    const empty = m.component('empty', 'service', { testing: {} });
    const unit = m.component('unit', 'service', { testing: { unit: false } });
    const load = m.component('load', 'service', { testing: { loadTestedMultiple: 0 } });
    const project = m.build();
    const ctx = createRuleContext(project);
    const inScope = (id: string) =>
      testingInScope(
        ctx,
        project.components.find((c) => c.id === id)!,
      );
    expect([silent, empty, unit, load].map(inScope)).toEqual([false, false, true, true]);
  });

  it('takes components the growth analysis says break at the growth target', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const busy = m.component('busy', 'service', { capacity: { ratePerInstance: 100 } });
    const idle = m.component('idle', 'service', { capacity: { ratePerInstance: 100_000 } });
    m.connect(users, busy);
    m.connect(users, idle);
    m.entry(users, 50);
    const project = m.build();
    const ctx = createRuleContext(project);
    expect(
      testingInScope(
        ctx,
        project.components.find((c) => c.id === busy)!,
      ),
    ).toBe(true);
    expect(
      testingInScope(
        ctx,
        project.components.find((c) => c.id === idle)!,
      ),
    ).toBe(false);
  });
});
