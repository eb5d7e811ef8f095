import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { staticWithoutCdn } from './static-without-cdn';

describe('caching/static-without-cdn', () => {
  it('reports static assets served to clients with no CDN on the way', () => {
    const m = new ModelBuilder();
    const browser = m.component('browser', 'client');
    const lb = m.component('lb', 'load-balancer');
    const web = m.component('web', 'service', { api: { servesStaticAssets: true } });
    m.connect(browser, lb);
    m.connect(lb, web);
    m.entry(browser, 100);
    const reports = reportsOf(staticWithoutCdn, m.build());
    expect(targetsOf(reports)).toEqual([[web]]);
    expect(reports[0]!.message).toBe('web serves static assets to browser with no CDN in front (browser → lb → web).');
    expect(reports[0]!.evidence).toEqual({ hops: 2 });
  });

  it('reports an origin that is itself the entry point', () => {
    const m = new ModelBuilder();
    const site = m.component('site', 'service', { api: { servesStaticAssets: true } });
    m.entry(site, 50);
    const reports = reportsOf(staticWithoutCdn, m.build());
    expect(targetsOf(reports)).toEqual([[site]]);
    expect(reports[0]!.message).toBe('site serves static assets to its users directly with no CDN in front.');
    expect(reports[0]!.evidence).toEqual({ hops: 0 });
  });

  it('does not report assets behind a CDN, internal origins, or origins that serve none', () => {
    const m = new ModelBuilder();
    const browser = m.component('browser', 'client');
    const cdn = m.component('cdn', 'cdn');
    const web = m.component('web', 'service', { api: { servesStaticAssets: true } });
    m.connect(browser, cdn);
    m.connect(cdn, web);
    m.connect(browser, web, 'sync');
    m.component('internal', 'service', { api: { servesStaticAssets: true } });
    const api = m.component('api', 'service', { api: { servesStaticAssets: false } });
    m.connect(browser, api);
    expect(reportsOf(staticWithoutCdn, m.build())).toEqual([]);
  });
});
