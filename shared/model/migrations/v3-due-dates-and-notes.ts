import type { MigrationStep } from './index';

/**
 * Version 3 added the due date of a planned fix (review.findings[].dueOn) and free-text notes on
 * the canvas (layout.notes). Every version 2 file is a valid version 3 file: the step only
 * renumbers it, so an older Tenfold refuses the newer file by its version.
 */
export const v2ToV3: MigrationStep = {
  from: 2,
  describe: 'due dates of planned fixes and canvas notes (no change to existing data)',
  migrate: (data) => data,
};
