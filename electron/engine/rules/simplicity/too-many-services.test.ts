import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf } from '../../testing/ruleTester';
import { tooManyServices } from './too-many-services';

function project(services: number, teamSize?: number) {
  const m = new ModelBuilder();
  if (teamSize !== undefined) m.withWorkload({ teamSize });
  for (let i = 1; i <= services; i += 1) m.component(`svc-${i}`, i % 4 === 0 ? 'worker' : 'service');
  m.component('db', 'database');
  m.component('browser', 'client');
  return m.build();
}

describe('simplicity/too-many-services', () => {
  it('reports more than three deployable services per engineer, as a project-level finding', () => {
    const reports = reportsOf(tooManyServices, project(10, 3));
    expect(reports).toHaveLength(1);
    expect(reports[0]!.components).toBeUndefined();
    expect(reports[0]!.message).toBe(
      '10 deployable services for a team of 3 is 3.33 per engineer, more than 3: svc-1, svc-2, svc-3, svc-4, svc-5, svc-6, svc-7, svc-8 and 2 more.',
    );
    expect(reports[0]!.evidence).toEqual({ services: 10, teamSize: 3, perEngineer: 3.3 });
  });

  it('does not report three per engineer or fewer, or a project without a team size', () => {
    expect(reportsOf(tooManyServices, project(9, 3))).toEqual([]);
    expect(reportsOf(tooManyServices, project(40))).toEqual([]);
  });
});
