import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../engine/testing/modelBuilder';
import { diagramSvg, MAX_DRAWN_COMPONENTS, MAX_DRAWN_CONNECTIONS } from './diagramSvg';

describe('diagramSvg', () => {
  it('draws components, zones and connection kinds with every text escaped', async () => {
    const m = new ModelBuilder();
    const zone = m.zone('eu <1a> & "b"');
    const long = 'A service with a very long name that cannot fit inside one box on the page';
    const web = m.component(long, 'service', { zoneIds: [zone] });
    const db = m.component('<db>', 'database', { zoneIds: [zone] });
    const queue = m.component('jobs & co', 'queue');
    m.connect(web, db, 'write');
    m.connect(web, queue, 'async');
    const svg = await diagramSvg(m.build(), new Map([[db, 'error' as const]]));
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ')).toBe(true);
    expect(svg.match(/<g class="component"/g)).toHaveLength(3);
    expect(svg).toContain('eu &lt;1a&gt; &amp; &quot;b&quot;');
    expect(svg).toContain('<title>&lt;db&gt; (Database)</title>');
    expect(svg).toContain('data-kind="database" data-severity="error"');
    expect(svg).toContain(`<title>${long} (Service)</title>`);
    expect(svg).toMatch(/>A service with a very[^<]*…<\/text>/);
    expect(svg).toContain('jobs &amp; co');
    expect(svg).toMatch(/class="connection" data-kind="async"[^>]*stroke-dasharray:6 4/);
    expect(svg).toMatch(/class="connection" data-kind="write"[^>]*stroke-width:2\.6/);
    expect(svg).not.toMatch(/<db>|<1a>/);
  });

  it('is deterministic', async () => {
    const m = new ModelBuilder();
    const a = m.component('a', 'service');
    m.connect(a, m.component('b', 'cache'), 'read');
    const project = m.build();
    expect(await diagramSvg(project)).toBe(await diagramSvg(project));
  });

  it('declines to draw a model too large for a page', async () => {
    const m = new ModelBuilder();
    for (let i = 0; i <= MAX_DRAWN_COMPONENTS; i += 1) m.component(`s${i}`, 'service');
    const text = await diagramSvg(m.build());
    expect(text).not.toContain('<svg');
    expect(text).toContain(`${MAX_DRAWN_COMPONENTS + 1} components, too many to draw`);
  });

  it('declines at once to lay out a few components joined by too many connections, and draws them at the limit', async () => {
    // 60 components each calling every later one: 1,770 connections (ELK took 20 s and more).
    const m = new ModelBuilder();
    const ids = Array.from({ length: 60 }, (_, i) => m.component(`s${i}`, 'service'));
    const pairs = ids.flatMap((from, i) => ids.slice(i + 1).map((to) => [from, to] as const));
    for (const [from, to] of pairs) m.connect(from, to, 'sync');
    const started = performance.now();
    const text = await diagramSvg(m.build());
    expect(performance.now() - started).toBeLessThan(1000);
    expect(text).not.toContain('<svg');
    expect(text).toContain(`${pairs.length} connections, too many to draw legibly on a page (the limit is ${MAX_DRAWN_CONNECTIONS})`);

    const atLimit = new ModelBuilder();
    const few = Array.from({ length: 60 }, (_, i) => atLimit.component(`s${i}`, 'service'));
    for (const [from, to] of pairs.slice(0, MAX_DRAWN_CONNECTIONS)) atLimit.connect(few[ids.indexOf(from)]!, few[ids.indexOf(to)]!, 'sync');
    const drawn = await diagramSvg(atLimit.build());
    expect(drawn.match(/<g class="component"/g)).toHaveLength(60);
  }, 60_000);
});
