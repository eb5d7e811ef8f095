import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { createRuleContext } from '../../context';
import { capacityAssumption, DefaultFigures, kindLabel } from './assumptions';

describe('assumption texts', () => {
  it('keeps acronyms in kind labels and lowercases plain words', () => {
    const m = new ModelBuilder();
    const ids = [m.component('a', 'service'), m.component('b', 'external-api'), m.component('c', 'cdn'), m.component('d', 'api-gateway')];
    const project = m.build();
    expect(ids.map((id) => kindLabel(project.components.find((c) => c.id === id)!))).toEqual(['service', 'external API', 'CDN', 'API gateway']);
  });

  it('names a default capacity only when the load analysis used one', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const api = m.component('api', 'service');
    const db = m.component('db', 'database', { capacity: { ratePerInstance: 900 } });
    m.connect(users, api);
    m.connect(api, db, 'read');
    m.entry(users, 10);
    const project = m.build();
    const { index } = createRuleContext(project);
    const byId = (id: string) => project.components.find((c) => c.id === id)!;
    expect(capacityAssumption(byId(api), index)).toBe('capacity of api: service default 500/s per instance');
    expect(capacityAssumption(byId(db), index)).toBeNull();
    expect(capacityAssumption(byId(users), index)).toBeNull();
  });

  it('gives a group one line per default, naming three components and counting the rest', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const services = ['a', 'b', 'c', 'd', 'e'].map((name) => m.component(name, 'service'));
    const jobs = m.component('jobs', 'worker');
    const stated = m.component('stated', 'service', { capacity: { ratePerInstance: 900 } });
    for (const id of [...services, jobs, stated]) m.connect(users, id);
    m.entry(users, 10);
    const project = m.build();
    const { index } = createRuleContext(project);
    const figures = new DefaultFigures();
    expect(figures.lines()).toBeUndefined();
    for (const component of project.components) figures.addCapacity(component, index);
    expect(figures.lines()).toEqual([
      'capacity of a, b, c and 2 more: service default 500/s per instance',
      'capacity of jobs: worker default 50/s per instance',
    ]);
  });
});
