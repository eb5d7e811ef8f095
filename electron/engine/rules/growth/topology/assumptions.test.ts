import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../../testing/modelBuilder';
import { createRuleContext } from '../../../context';
import { capacityAssumption, kindLabel } from './assumptions';

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
});
