import type { MigrationStep } from './index';

/**
 * Version 3 added the conflicts section that tenfold merge writes (shared/model/conflict.ts).
 * A version 2 file has no conflicts, so the step only renumbers it; an older Tenfold refuses a
 * version 3 file by its version rather than by an unknown "conflicts" field.
 */
export const v2ToV3: MigrationStep = {
  from: 2,
  describe: 'the conflicts section of a merged file (no change to existing data)',
  migrate: (data) => data,
};
