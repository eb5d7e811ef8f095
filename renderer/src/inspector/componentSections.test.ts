import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { componentSections, schemaAt } from './componentSections';

describe('component form sections', () => {
  it('finds a schema for every field, so every field validates', () => {
    for (const section of componentSections) {
      for (const field of section.fields) expect(schemaAt(field.path), field.path.join('.')).toBeInstanceOf(z.ZodType);
    }
  });

  it('validates with the model rules', () => {
    expect(schemaAt(['deployment', 'instances'])!.safeParse(-1).success).toBe(false);
    expect(schemaAt(['deployment', 'instances'])!.safeParse(2).success).toBe(true);
    expect(schemaAt(['capacity', 'availability'])!.safeParse(1.5).success).toBe(false);
    expect(schemaAt(['data', 'backups', 'enabled'])!.safeParse(true).success).toBe(true);
  });

  it('opens the data section for stores and the state section for services', () => {
    const data = componentSections.find((s) => s.id === 'data')!;
    const state = componentSections.find((s) => s.id === 'state')!;
    expect(data.relevant('database')).toBe(true);
    expect(data.relevant('service')).toBe(false);
    expect(state.relevant('service')).toBe(true);
  });
});
