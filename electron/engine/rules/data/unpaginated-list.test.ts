import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { unpaginatedList } from './unpaginated-list';

describe('data/unpaginated-list', () => {
  it('reports list endpoints without pagination', () => {
    const m = new ModelBuilder();
    const api = m.component('catalog-api', 'service', { api: { hasListEndpoints: true } });
    const reports = reportsOf(unpaginatedList, m.build());
    expect(targetsOf(reports)).toEqual([[api]]);
    expect(reports[0]!.message).toBe('catalog-api has list endpoints that return results without pagination.');
  });

  it('reports every such API of the project in one finding keyed by the rule', () => {
    const m = new ModelBuilder();
    const catalog = m.component('catalog-api', 'service', { api: { hasListEndpoints: true } });
    const orders = m.component('orders-api', 'service', { api: { hasListEndpoints: true, listsPaginated: false } });
    const reports = reportsOf(unpaginatedList, m.build());
    expect(targetsOf(reports)).toEqual([[catalog, orders]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.message).toBe('2 components have list endpoints that return results without pagination: catalog-api and orders-api.');
  });

  it('does not report paginated lists or APIs without lists', () => {
    const m = new ModelBuilder();
    m.component('a', 'service', { api: { hasListEndpoints: true, listsPaginated: true } });
    m.component('b', 'service', { api: { hasListEndpoints: false } });
    m.component('c', 'service');
    expect(reportsOf(unpaginatedList, m.build())).toEqual([]);
  });
});
