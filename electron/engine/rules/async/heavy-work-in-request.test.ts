import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { heavyWorkInRequest } from './heavy-work-in-request';

describe('async/heavy-work-in-request', () => {
  it('reports heavy work reached synchronously from an entry point and names the path', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const api = m.component('api', 'service');
    const billing = m.component('billing', 'service', { heavyWork: ['pdf-report', 'email'] });
    m.connect(users, api);
    m.connect(api, billing);
    m.entry(users, 100);
    const reports = reportsOf(heavyWorkInRequest, m.build());
    expect(targetsOf(reports)).toEqual([[billing]]);
    expect(reports[0]!.message).toBe(
      'billing renders PDF reports and sends email synchronously on the request path users → api → billing, with no queue in between.',
    );
    expect(reports[0]!.evidence).toEqual({ heavyTasks: 2, hopsFromEntry: 2 });
  });

  it('does not report heavy work behind a queue, or off every request path', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const api = m.component('api', 'service');
    const jobs = m.component('jobs', 'queue');
    m.component('nightly', 'worker', { heavyWork: ['batch-export'] });
    const mailer = m.component('mailer', 'worker', { heavyWork: ['email'] });
    m.connect(users, api);
    m.connect(api, jobs, 'async');
    m.connect(jobs, mailer, 'async');
    m.entry(users, 100);
    expect(reportsOf(heavyWorkInRequest, m.build())).toEqual([]);
  });

  it('treats clients as entry points when the workload names none', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const thumbs = m.component('thumbs', 'service', { heavyWork: ['image-video'] });
    m.connect(users, thumbs);
    expect(targetsOf(reportsOf(heavyWorkInRequest, m.build()))).toEqual([[thumbs]]);
  });
});
