import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { deepSyncChain } from './deep-sync-chain';

function chain(length: number) {
  const m = new ModelBuilder();
  const ids = [m.component('users', 'client')];
  for (let i = 1; i < length; i += 1) {
    ids.push(m.component(`svc-${i}`, 'service', { capacity: { p99LatencyMs: 40 } }));
    m.connect(ids[i - 1]!, ids[i]!);
  }
  m.entry(ids[0]!, 100);
  return { m, ids };
}

describe('async/deep-sync-chain', () => {
  it('reports a synchronous chain of more than 3 hops and names it', () => {
    const { m, ids } = chain(5);
    const reports = reportsOf(deepSyncChain, m.build());
    expect(targetsOf(reports)).toEqual([ids]);
    expect(reports[0]!.message).toBe(
      'A request from users waits on 4 synchronous hops: users → svc-1 → svc-2 → svc-3 → svc-4 (p99 latencies add up to about 160 ms).',
    );
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.evidence).toEqual({ hops: 4, maxHops: 3, entryPoints: 1, p99LatencySumMs: 160 });
    expect(reports[0]!.assumed).toBeUndefined();
  });

  it('reports one finding for the project: the longest chain, and every entry point waiting on more than 3 hops', () => {
    const { m, ids } = chain(6);
    const partner = m.component('partner-api', 'client');
    const short = m.component('status', 'client');
    m.connect(partner, ids[2]!);
    m.connect(short, ids[4]!);
    m.entry(partner, 10).entry(short, 1);
    const reports = reportsOf(deepSyncChain, m.build());
    expect(targetsOf(reports)).toEqual([[...ids, partner]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.message).toBe(
      'Requests from users (5 hops) and partner-api (4 hops) wait on more than 3 synchronous hops. The longest chain: users → svc-1 → svc-2 → svc-3 → svc-4 → svc-5 (p99 latencies add up to about 200 ms).',
    );
    expect(reports[0]!.evidence).toEqual({ hops: 5, maxHops: 3, entryPoints: 2, p99LatencySumMs: 200 });
  });

  it('does not report 3 hops, or hops behind a queue', () => {
    expect(reportsOf(deepSyncChain, chain(4).m.build())).toEqual([]);
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const a = m.component('a', 'service');
    const q = m.component('q', 'queue');
    const b = m.component('b', 'worker');
    const c = m.component('c', 'service');
    const d = m.component('d', 'database');
    m.connect(users, a);
    m.connect(a, q, 'async');
    m.connect(q, b, 'async');
    m.connect(b, c);
    m.connect(c, d, 'read');
    m.entry(users, 10);
    expect(reportsOf(deepSyncChain, m.build())).toEqual([]);
  });
});
