import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../engine/testing/modelBuilder';
import { diagramSvg, MAX_DRAWN_COMPONENTS } from './diagramSvg';

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
});
