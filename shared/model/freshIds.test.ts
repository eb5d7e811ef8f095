import { describe, expect, it } from 'vitest';
import { Project } from './project';
import { withFreshIds } from './freshIds';
import { sampleProjectInput } from './testing/sampleProject';

describe('withFreshIds', () => {
  it('gives every record a new id and rewrites every reference', () => {
    const input = sampleProjectInput();
    const [web, db, users] = input.components.map((c) => c.id);
    const read = input.connections[0]!.id;
    input.connections[0]!.cachedBy = users;
    input.review!.decisions![0]!.findingKeys = [`rule/x|${db}|${web}|${read}`];
    input.review!.findings![0]!.key = `rule/x|${db}|${web}|${read}`;
    input.review!.findings![1]!.key = 'rule/free-text|not-an-id|' + web;
    const original = Project.parse(input);
    const copy = Project.parse(withFreshIds(original));

    const oldIds = new Set([
      original.id,
      ...original.components.map((c) => c.id),
      ...original.connections.map((c) => c.id),
      ...original.zones.map((z) => z.id),
      ...original.review.decisions.map((d) => d.id),
    ]);
    const text = JSON.stringify(copy);
    for (const id of oldIds) expect(text).not.toContain(id);

    const newId = (oldId: string) => copy.components[original.components.findIndex((c) => c.id === oldId)]!.id;
    const newConnection = copy.connections[0]!.id;
    expect(copy.connections[0]).toMatchObject({ from: newId(web!), to: newId(db!), cachedBy: newId(users!) });
    expect(copy.workload.entryPoints[0]!.componentId).toBe(newId(users!));
    expect(copy.components[0]!.zoneIds).toEqual([copy.zones[0]!.id, copy.zones[1]!.id]);
    expect(Object.keys(copy.layout.components).sort()).toEqual(copy.components.map((c) => c.id).sort());
    // Keys are rebuilt the way the engine builds them: rule id, sorted components, sorted connections.
    expect(copy.review.findings[0]!.key).toBe(['rule/x', ...[newId(db!), newId(web!)].sort(), newConnection].join('|'));
    expect(copy.review.decisions[0]!.findingKeys).toEqual([copy.review.findings[0]!.key]);
    expect(copy.review.findings[1]!.key).toBe(`rule/free-text|not-an-id|${newId(web!)}`);
    expect(copy.name).toBe(original.name);
  });
});
