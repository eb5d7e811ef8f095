import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../../electron/engine/testing/modelBuilder';
import { nudge } from './nudge';

describe('nudge', () => {
  it('moves the chosen components and notes, and nothing else', () => {
    const m = new ModelBuilder();
    const a = m.component('a', 'service');
    const b = m.component('b', 'service');
    const built = m.build();
    const note = '00000000-0000-4000-8000-0000000000f1';
    const project = {
      ...built,
      layout: {
        ...built.layout,
        components: { [a]: { x: 0, y: 0 }, [b]: { x: 300, y: 0 } },
        notes: { [note]: { x: 10, y: 10, width: 200, height: 80, text: 'hi' } },
      },
    };
    const next = nudge(project, [a, note], 8, -40);
    expect(next.layout.components[a]).toEqual({ x: 8, y: -40 });
    expect(next.layout.components[b]).toEqual({ x: 300, y: 0 });
    expect(next.layout.notes![note]).toMatchObject({ x: 18, y: -30, text: 'hi' });
  });
});
