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

export const Layout = z.strictObject({
  components: z.record(z.uuid(), Point).default({}),
  zones: z.record(z.uuid(), Box).default({}),
});
export type Layout = z.infer<typeof Layout>;
