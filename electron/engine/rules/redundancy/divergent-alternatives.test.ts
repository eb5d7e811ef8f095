import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf } from '../../testing/ruleTester';
import { divergentAlternatives } from './divergent-alternatives';

/** productpage calls one of three reviews versions; v2 and v3 call ratings. */
function bookstore(v1CallsRatings: boolean) {
  const m = new ModelBuilder();
  const page = m.component('productpage', 'service');
  const versions = ['reviews-v1', 'reviews-v2', 'reviews-v3'].map((name) => m.component(name, 'service'));
  const ratings = m.component('ratings', 'service');
  for (const version of versions) m.connect(page, version, 'sync', { alternativeGroup: 'reviews', callsPerRequest: 1 / 3 });
  for (const version of v1CallsRatings ? versions : versions.slice(1)) m.connect(version, ratings);
  m.entry(page, 20);
  return { project: m.build(), page, versions };
}

describe('redundancy/divergent-alternatives', () => {
  it('reports alternatives that call different dependencies, naming which', () => {
    const { project, page, versions } = bookstore(false);
    const reports = reportsOf(divergentAlternatives, project);
    expect(reports).toHaveLength(1);
    expect(reports[0]!.components).toEqual([page, ...versions]);
    expect(reports[0]!.message).toBe(
      'productpage sends each reviews call to one of reviews-v1, reviews-v2 and reviews-v3, but they do not depend on the same components: ratings is called by reviews-v2 and reviews-v3 only.',
    );
  });

  it('does not report alternatives that depend on the same components', () => {
    expect(reportsOf(divergentAlternatives, bookstore(true).project)).toEqual([]);
  });
});
