import type { MigrationStep } from './index';

/**
 * Version 2 added how brokers deliver (messaging.pattern), the topics of async connections and
 * start-up dependencies (dependency: "startup"). Every version 1 file is a valid version 2 file:
 * the step only renumbers it, so an older Tenfold refuses the newer file by its version.
 */
export const v1ToV2: MigrationStep = {
  from: 1,
  describe: 'delivery patterns, topics and start-up dependencies (no change to existing data)',
  migrate: (data) => data,
};
