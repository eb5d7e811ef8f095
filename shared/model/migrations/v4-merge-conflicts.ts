import type { MigrationStep } from './index';

/**
 * Version 4 added the conflicts section that tenfold merge writes (shared/model/conflict.ts).
 * A version 3 file has no conflicts, so the step only renumbers it; an older Tenfold refuses a
 * version 4 file by its version rather than by an unknown "conflicts" field.
 */
export const v3ToV4: MigrationStep = {
  from: 3,
  describe: 'the conflicts section of a merged file (no change to existing data)',
  migrate: (data) => data,
};
