import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf } from '../../testing/ruleTester';
import { startupDependency } from './startup-dependency';

function platform(configFields: Parameters<ModelBuilder['component']>[2] = {}) {
  const m = new ModelBuilder();
  const users = m.component('users', 'client');
  const gateway = m.component('gateway', 'api-gateway', { deployment: { instances: 2 } });
  const orders = m.component('orders', 'service', { deployment: { instances: 2 } });
  const config = m.component('config-server', 'registry', configFields);
  const eureka = m.component('eureka', 'registry');
  m.connect(users, gateway);
  m.connect(gateway, orders);
  for (const dependent of [gateway, orders]) {
    m.connect(dependent, config, 'sync', { dependency: 'startup' });
    m.connect(dependent, eureka, 'sync', { callsPerRequest: 0, dependency: 'startup' });
  }
  m.entry(users, 100);
  return { m, config, eureka, gateway, orders };
}

describe('redundancy/startup-dependency', () => {
  it('reports single instances that others need only to start, one finding per set of dependents', () => {
    const { m, config, eureka, gateway, orders } = platform();
    const reports = reportsOf(startupDependency, m.build());
    expect(reports).toHaveLength(1);
    expect(reports[0]!.components).toEqual([config, eureka, gateway, orders]);
    expect(reports[0]!.message).toBe(
      'config-server and eureka each run as a single instance, and gateway and orders need every one of them to start: while one is down, they cannot restart or scale out.',
    );
  });

  it('does not report a redundant one, one that is not deployed, or one a request path needs', () => {
    const { m, eureka } = platform({ deployment: { instances: 2 } });
    const reports = reportsOf(startupDependency, m.build());
    expect(reports.map((r) => r.components![0])).toEqual([eureka]);
    const gone = platform({ deployment: { instances: 0 } });
    expect(reportsOf(startupDependency, gone.m.build()).map((r) => r.components![0])).toEqual([gone.eureka]);
    const onPath = platform();
    onPath.m.connect(onPath.orders, onPath.config, 'sync');
    expect(reportsOf(startupDependency, onPath.m.build()).map((r) => r.components![0])).toEqual([onPath.eureka]);
  });
});
