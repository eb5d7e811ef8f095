import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { externalWithoutFallback } from './external-without-fallback';

describe('resilience/external-without-fallback', () => {
  it('reports a hard synchronous call to a third-party API', () => {
    const m = new ModelBuilder();
    const signup = m.component('signup', 'service');
    const mail = m.component('mail-provider', 'external-api');
    const call = m.connect(signup, mail, 'sync');
    const reports = reportsOf(externalWithoutFallback, m.build());
    expect(targetsOf(reports)).toEqual([[signup, mail, call]]);
    expect(reports[0]!.keyTargets).toEqual([signup]);
    expect(reports[0]!.message).toBe(
      'signup cannot answer without the third-party API mail-provider: the call is synchronous, hard, and has no fallback or queue.',
    );
  });

  it("reports all of a caller's hard third-party calls in one finding", () => {
    const m = new ModelBuilder();
    const checkout = m.component('checkout', 'service');
    const cards = m.component('card-processor', 'external-api');
    const tax = m.component('tax-rates', 'external-api');
    const charge = m.connect(checkout, cards, 'sync', { mutating: true });
    const refund = m.connect(checkout, cards, 'sync');
    const rates = m.connect(checkout, tax, 'sync');
    const reports = reportsOf(externalWithoutFallback, m.build());
    expect(targetsOf(reports)).toEqual([[checkout, cards, tax, charge, refund, rates]]);
    expect(reports[0]!.message).toBe(
      'checkout cannot answer without 3 calls to third-party APIs: card-processor, card-processor, tax-rates; each is synchronous, hard, and has no fallback or queue.',
    );
    expect(reports[0]!.evidence).toEqual({ calls: 3, apis: 2 });
  });

  it('does not ask start-up calls or monitoring tools for a fallback', () => {
    const m = new ModelBuilder();
    const config = m.component('config-server', 'service');
    const github = m.component('github', 'external-api');
    const alerts = m.component('alertmanager', 'monitoring');
    const pager = m.component('pager', 'external-api');
    m.connect(config, github, 'sync', { dependency: 'startup' });
    m.connect(alerts, pager, 'sync');
    expect(reportsOf(externalWithoutFallback, m.build())).toEqual([]);
  });

  it('does not report soft calls, calls with a fallback, alternatives, queued calls, or internal services', () => {
    const m = new ModelBuilder();
    const signup = m.component('signup', 'service');
    const worker = m.component('mailer', 'worker');
    const queue = m.component('mail-jobs', 'queue');
    const mailA = m.component('mail-a', 'external-api');
    const mailB = m.component('mail-b', 'external-api');
    const geo = m.component('geo', 'external-api');
    const fx = m.component('fx', 'external-api');
    const users = m.component('users', 'service');
    m.connect(signup, geo, 'sync', { dependency: 'soft' });
    m.connect(signup, fx, 'sync', { fallback: true });
    m.connect(signup, queue, 'async');
    m.connect(queue, worker, 'async');
    m.connect(worker, mailA, 'sync', { alternativeGroup: 'mail' });
    m.connect(worker, mailB, 'sync', { alternativeGroup: 'mail' });
    m.connect(signup, users, 'sync');
    expect(reportsOf(externalWithoutFallback, m.build())).toEqual([]);
  });

  it('reports a lone connection in an alternative group, since nothing can stand in for it', () => {
    const m = new ModelBuilder();
    const worker = m.component('mailer', 'worker');
    const mail = m.component('mail-a', 'external-api');
    m.connect(worker, mail, 'sync', { alternativeGroup: 'mail' });
    expect(reportsOf(externalWithoutFallback, m.build())).toHaveLength(1);
  });
});
