import { z } from 'zod';

/**
 * Canvas positions, kept apart from the domain graph. Keys are component or zone ids.
 * Never holds canvas-library state (no React Flow types).
 */
export const Point = z.strictObject({ x: z.number().finite(), y: z.number().finite() });
export const Box = z.strictObject({
  x: z.number().finite(),
  y: z.number().finite(),
  width: z.number().positive().finite(),
  height: z.number().positive().finite(),
});

/** A free-text note on the canvas: annotation for readers, not part of the modelled system. */
export const Note = z.strictObject({
  x: z.number().finite(),
  y: z.number().finite(),
  width: z.number().positive().finite(),
  height: z.number().positive().finite(),
  text: z.string().max(5000),
});
export type Note = z.infer<typeof Note>;

export const Layout = z.strictObject({
  components: z.record(z.uuid(), Point).default({}),
  zones: z.record(z.uuid(), Box).default({}),
  notes: z
    .record(z.uuid(), Note)
    .refine((notes) => Object.keys(notes).length <= 1000, 'at most 1,000 notes')
    .optional(),
});
export type Layout = z.infer<typeof Layout>;
