import { describe, expect, it } from 'vitest';
import { Project } from '../../shared/model/project';
import { sampleProjectInput } from '../../shared/model/testing/sampleProject';
import { decodeModel, encodeModel, modelJson } from './modelCodec';

const sample = () => Project.parse(sampleProjectInput());

describe('modelJson', () => {
  it('is exactly the UTF-8 of JSON.stringify, multi-byte names and absent fields included', () => {
    const project = { ...sample(), name: 'Zahlungsdienst — Überblick 支付', description: undefined };
    expect(modelJson(project).toString('utf8')).toBe(JSON.stringify(project));
    const empty = { ...project, components: [], connections: [], zones: [] };
    expect(modelJson(empty).toString('utf8')).toBe(JSON.stringify(empty));
  });

  it('writes a component an edit replaced, not the text cached for the one before it', () => {
    const before = sample();
    expect(modelJson(before).toString('utf8')).toBe(JSON.stringify(before));
    const [first, ...rest] = before.components;
    const after: Project = { ...before, components: [{ ...first!, name: 'renamed-service' }, ...rest] };
    const text = modelJson(after).toString('utf8');
    expect(text).toBe(JSON.stringify(after));
    expect(text).toContain('"renamed-service"');
    expect((JSON.parse(text) as Project).components[0]!.name).toBe('renamed-service');
    // The earlier project still encodes as it was.
    expect(modelJson(before).toString('utf8')).toBe(JSON.stringify(before));
  });

  it('round-trips through the stored (deflated) form', () => {
    const project = sample();
    expect(JSON.parse(decodeModel(encodeModel(project)))).toEqual(project);
  });
});
