import { describe, expect, it } from 'vitest';
import { Project } from '../../shared/model/project';
import { sampleProjectInput } from '../../shared/model/testing/sampleProject';
import { encodeModel, unwrittenParts } from '../store/modelCodec';
import { saveAhead } from './saveAhead';

const settled = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('saveAhead', () => {
  it("writes an opened project's JSON ahead, so its first save stringifies only what the edit changed", async () => {
    const opened = Project.parse(sampleProjectInput());
    const parts = unwrittenParts(opened);
    // Components, connections, zones and the sections (workload, review, overrides, layout).
    expect(parts).toBeGreaterThan(opened.components.length + opened.connections.length);
    saveAhead(opened, 0);
    expect(unwrittenParts(opened)).toBe(parts);
    await settled(20);
    expect(unwrittenParts(opened)).toBe(0);
    const [first, ...rest] = opened.components;
    const edited: Project = { ...opened, components: [{ ...first!, name: 'renamed' }, ...rest] };
    expect(unwrittenParts(edited)).toBe(1);
    encodeModel(edited);
    expect(unwrittenParts(edited)).toBe(0);
  });
});
