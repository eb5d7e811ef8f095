import { z } from 'zod';
import { ZoneId } from './ids';

/** An availability zone or region. Instances in one zone share its fate. */
export const Zone = z.strictObject({
  id: ZoneId,
  name: z.string().trim().min(1, 'a zone needs a name').max(200),
  region: z.string().max(100).optional(),
  /** Availability of the zone itself, 0–1. Default 0.9999 (see defaults.ts). */
  availability: z.number().min(0).max(1).optional(),
});
export type Zone = z.infer<typeof Zone>;
