import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { oversizedStreaming } from './oversized-streaming';

describe('simplicity/oversized-streaming', () => {
  it('reports a stream with a stated volume under 100,000 events a day', () => {
    const m = new ModelBuilder();
    const stream = m.component('audit-events', 'stream', { messaging: { eventsPerDay: 200 } });
    const reports = reportsOf(oversizedStreaming, m.build());
    expect(targetsOf(reports)).toEqual([[stream]]);
    expect(reports[0]!.message).toBe(
      'audit-events is a Kafka-class stream for about 200 events a day, well below the ~100,000 a day where a partitioned log starts to pay off.',
    );
    expect(reports[0]!.evidence).toEqual({ eventsPerDay: 200, threshold: 100_000, fromLoad: false });
  });

  it("estimates the daily volume from today's load when none is stated", () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const api = m.component('api', 'service');
    const stream = m.component('clicks', 'stream');
    m.connect(users, api);
    m.connect(api, stream, 'async');
    m.entry(users, 0.5);
    const reports = reportsOf(oversizedStreaming, m.build());
    expect(targetsOf(reports)).toEqual([[stream]]);
    expect(reports[0]!.evidence).toEqual({ eventsPerDay: 43_200, threshold: 100_000, fromLoad: true });
    expect(reports[0]!.message).toContain("(today's load of 0.5/s)");
  });

  it('does not report busy streams, streams with no known volume, or queues', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const stream = m.component('clicks', 'stream');
    m.connect(users, stream, 'async');
    m.entry(users, 50);
    m.component('orders', 'stream', { messaging: { eventsPerDay: 5_000_000 } });
    m.component('idle', 'stream');
    m.component('jobs', 'queue', { messaging: { eventsPerDay: 10 } });
    expect(reportsOf(oversizedStreaming, m.build())).toEqual([]);
  });
});
