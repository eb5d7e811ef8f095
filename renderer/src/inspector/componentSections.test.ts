import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Component } from '../../../shared/model/component';
import { componentSections, schemaAt, visibleSections } from './componentSections';
import { accepts } from './fieldSchema';

describe('component form sections', () => {
  it('finds a schema for every field, so every field validates', () => {
    for (const section of componentSections) {
      for (const field of section.fields) expect(schemaAt(field.path), field.path.join('.')).toBeInstanceOf(z.core.$ZodType);
    }
  });

  it('validates with the model rules', () => {
    expect(accepts(schemaAt(['deployment', 'instances'])!, -1)).toBe(false);
    expect(accepts(schemaAt(['deployment', 'instances'])!, 2)).toBe(true);
    expect(accepts(schemaAt(['capacity', 'availability'])!, 1.5)).toBe(false);
    expect(accepts(schemaAt(['data', 'backups', 'enabled'])!, true)).toBe(true);
  });

  it('opens the data section for stores and the state section for services', () => {
    const data = componentSections.find((s) => s.id === 'data')!;
    const state = componentSections.find((s) => s.id === 'state')!;
    expect(data.relevant('database')).toBe(true);
    expect(data.relevant('service')).toBe(false);
    expect(state.relevant('service')).toBe(true);
  });
});

describe('visible sections', () => {
  const ids = (sections: { id: string }[]) => sections.map((s) => s.id);
  const service = { id: '00000000-0000-4000-8000-000000000001', name: 'api', kind: 'service' } as Component;

  it('shows a service no data, messaging or cache fields, and a queue no API, state or heavy-work fields', () => {
    expect(ids(visibleSections(service, false))).toEqual(['deployment', 'capacity', 'state', 'api', 'heavyWork', 'observability', 'testing', 'exposure']);
    expect(ids(visibleSections({ ...service, kind: 'queue' }, false))).toEqual(['deployment', 'capacity', 'messaging', 'observability', 'exposure']);
    expect(ids(visibleSections({ ...service, kind: 'external-api' }, false))).toEqual(['capacity', 'exposure']);
  });

  it('keeps about half of the fields a service used to show', () => {
    const count = (sections: { fields: readonly unknown[] }[]) => sections.reduce((n, s) => n + s.fields.length, 0);
    expect(count(visibleSections(service, false))).toBeLessThanOrEqual(36);
    expect(count(visibleSections(service, true))).toBeGreaterThan(60);
  });

  it('offers sticky sessions on balancers only, unless already set', () => {
    const deployment = (c: Component) =>
      visibleSections(c, false)
        .find((s) => s.id === 'deployment')!
        .fields.map((f) => f.path.at(-1));
    expect(deployment(service)).not.toContain('stickySessions');
    expect(deployment({ ...service, kind: 'load-balancer' })).toContain('stickySessions');
    expect(deployment({ ...service, deployment: { stickySessions: true } })).toContain('stickySessions');
  });

  it('shows a section that does not apply once one of its properties is set', () => {
    expect(ids(visibleSections({ ...service, cache: { ttlSeconds: 60 } }, false))).toContain('cache');
  });
});
