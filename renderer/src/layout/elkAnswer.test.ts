import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../../electron/engine/testing/modelBuilder';
import { withoutEdges } from './elkAnswer';
import { buildElkGraph, readElkResult } from './layoutGraph';

describe("the layout worker's answer", () => {
  it('keeps every position the canvas reads and drops the edges and their routes, in zones too', async () => {
    const m = new ModelBuilder();
    const zone = m.zone('eu-1');
    const web = m.component('web', 'service', { zoneIds: [zone] });
    const api = m.component('api', 'service', { zoneIds: [zone] });
    const db = m.component('db', 'database');
    m.connect(web, api);
    m.connect(api, db, 'read');
    const project = m.build();
    const graph = await new ELK().layout(buildElkGraph(project, 'full'));
    const expected = readElkResult(project, graph, 'full');
    expect(JSON.stringify(graph)).toContain('"sections"');

    const message = { id: 1, data: graph };
    expect(withoutEdges(message)).toBe(message);
    expect(JSON.stringify(message)).not.toContain('"sections"');
    expect(JSON.stringify(message)).not.toContain('"edges"');
    expect(readElkResult(project, graph, 'full')).toEqual(expected);
  });

  it('passes other answers through', () => {
    const registered = { id: 0 };
    const failed = { id: 2, error: { message: 'no such algorithm' } };
    expect(withoutEdges(registered)).toEqual({ id: 0 });
    expect(withoutEdges(failed)).toEqual({ id: 2, error: { message: 'no such algorithm' } });
  });
});
