import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf } from '../../testing/ruleTester';
import { unfilteredFanout } from './unfiltered-fanout';

function garage(pattern: 'fanout' | 'pub-sub', auditTopics?: string[]) {
  const m = new ModelBuilder();
  const api = m.component('customers-api', 'service');
  const bus = m.component('rabbitmq', 'queue', { messaging: { pattern } });
  const invoices = m.component('invoices', 'worker');
  const audit = m.component('audit', 'worker');
  m.connect(api, bus, 'async', { topics: ['CustomerRegistered', 'DayHasPassed', 'JobFinished'] });
  m.connect(bus, invoices, 'async', { topics: ['DayHasPassed', 'JobFinished'] });
  m.connect(bus, audit, 'async', auditTopics ? { topics: auditTopics } : {});
  return { project: m.build(), bus, invoices, audit };
}

describe('async/unfiltered-fanout', () => {
  it('reports a fanout broker whose subscribers receive events they do not handle, with the share dropped', () => {
    const { project, bus, invoices, audit } = garage('fanout');
    const reports = reportsOf(unfilteredFanout, project);
    expect(reports).toHaveLength(1);
    expect(reports[0]!.components).toEqual([bus, invoices, audit]);
    expect(reports[0]!.message).toBe(
      'rabbitmq delivers every event to all 2 subscribers: 1 of the 6 event and subscriber pairs (16.7%) go to a subscriber that drops them (invoices).',
    );
    expect(reports[0]!.evidence).toEqual({ subscribers: 2, eventTypes: 3, deliveries: 6, dropped: 1 });
  });

  it('does not report a broker that routes by topic, or a fanout whose subscribers handle everything', () => {
    expect(reportsOf(unfilteredFanout, garage('pub-sub').project)).toEqual([]);
    const m = new ModelBuilder();
    const bus = m.component('bus', 'queue', { messaging: { pattern: 'fanout' } });
    m.connect(m.component('api', 'service'), bus, 'async', { topics: ['A'] });
    m.connect(bus, m.component('worker', 'worker'), 'async', { topics: ['A'] });
    expect(reportsOf(unfilteredFanout, m.build())).toEqual([]);
  });
});
