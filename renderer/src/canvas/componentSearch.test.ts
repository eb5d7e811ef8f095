import { describe, expect, it } from 'vitest';
import type { Component } from '../../../shared/model/component';
import { searchComponents } from './componentSearch';

const c = (name: string, kind: Component['kind'], extra: Partial<Component> = {}): Component => ({ id: name as never, name, kind, ...extra });
const components = [
  c('Web server 1', 'service', { technology: 'Node.js 22' }),
  c('Postgres primary', 'database', { technology: 'PostgreSQL 16', tags: ['pci'] }),
  c('Postgres replica', 'database', { technology: 'PostgreSQL 16' }),
  c('Redis', 'cache', { technology: 'Redis 7' }),
  c('Café API', 'service'),
];

describe('component search', () => {
  it('finds by name, kind, technology and tag, names first', () => {
    expect(searchComponents(components, 'postgres').map((m) => m.name)).toEqual(['Postgres primary', 'Postgres replica']);
    expect(searchComponents(components, 'database').map((m) => [m.name, m.field])).toEqual([
      ['Postgres primary', 'kind'],
      ['Postgres replica', 'kind'],
    ]);
    expect(searchComponents(components, 'node').map((m) => [m.name, m.field])).toEqual([['Web server 1', 'technology']]);
    expect(searchComponents(components, 'PCI').map((m) => [m.name, m.field])).toEqual([['Postgres primary', 'tag']]);
  });

  it('needs every word, ignores case and accents, and finds nothing for an empty query', () => {
    expect(searchComponents(components, 'postgres replica').map((m) => m.name)).toEqual(['Postgres replica']);
    expect(searchComponents(components, 'cafe').map((m) => m.name)).toEqual(['Café API']);
    expect(searchComponents(components, '  ')).toEqual([]);
  });

  it('puts a name starting with the query before one merely containing it', () => {
    const list = [c('Orders cache', 'cache'), c('Cache warmer', 'worker')];
    expect(searchComponents(list, 'cache').map((m) => m.name)).toEqual(['Cache warmer', 'Orders cache']);
  });
});
