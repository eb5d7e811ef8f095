import { z } from 'zod/mini';

/**
 * Canvas positions, kept apart from the domain graph. Keys are component or zone ids.
 * Never holds canvas-library state (no React Flow types).
 */
export const Point = z.strictObject({ x: z.number(), y: z.number() });
export const Box = z.strictObject({
  x: z.number(),
  y: z.number(),
  width: z.number().check(z.positive()),
  height: z.number().check(z.positive()),
});

/** A free-text note on the canvas: annotation for readers, not part of the modelled system. */
export const Note = z.strictObject({
  x: z.number(),
  y: z.number(),
  width: z.number().check(z.positive()),
  height: z.number().check(z.positive()),
  text: z.string().check(z.maxLength(5000)),
});
export type Note = z.infer<typeof Note>;

export const Layout = z.strictObject({
  components: z._default(z.record(z.uuid(), Point), {}),
  zones: z._default(z.record(z.uuid(), Box), {}),
  notes: z.optional(z.record(z.uuid(), Note).check(z.refine((notes) => Object.keys(notes).length <= 1000, 'at most 1,000 notes'))),
});
export type Layout = z.infer<typeof Layout>;
