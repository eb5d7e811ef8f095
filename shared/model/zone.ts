import { z } from 'zod/mini';
import { ZoneId } from './ids';

/** An availability zone or region. Instances in one zone share its fate. */
export const Zone = z.strictObject({
  id: ZoneId,
  name: z.string().check(z.trim(), z.minLength(1, 'a zone needs a name'), z.maxLength(200)),
  region: z.optional(z.string().check(z.maxLength(100))),
  /** Availability of the zone itself, 0–1. Default 0.9999 (see defaults.ts). */
  availability: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
});
export type Zone = z.infer<typeof Zone>;
