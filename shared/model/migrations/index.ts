import { AppError } from '../../ipc/errors';
import { v1ToV2 } from './v2-delivery-and-startup';
import { v2ToV3 } from './v3-due-dates-and-notes';
import { v3ToV4 } from './v4-merge-conflicts';

/** A project file's raw JSON object, before validation. */
export type RawProjectData = Record<string, unknown>;

/**
 * One upgrade of the project file format, from version `from` to `from + 1`. Each step lives in
 * its own file (`v2-add-zones.ts`) and works on raw JSON, because an old file does not match the
 * current schema until every step has run.
 */
export interface MigrationStep {
  readonly from: number;
  readonly describe: string;
  migrate(data: RawProjectData): RawProjectData;
}

/**
 * Every step, oldest first. Version 1 is the first released format; the framework's test also
 * runs a synthetic version 0.
 */
export const projectFileMigrations: readonly MigrationStep[] = [v1ToV2, v2ToV3, v3ToV4];

/**
 * Upgrades raw project data from `version` to `target` by running each step in order; each step's
 * output gets the next schemaVersion. Throws INVALID_PROJECT_FILE when no step covers a version.
 */
export function migrateProjectData(
  data: RawProjectData,
  version: number,
  target: number,
  fileName: string,
  steps: readonly MigrationStep[] = projectFileMigrations,
): RawProjectData {
  let current = data;
  for (let v = version; v < target; v++) {
    const step = steps.find((s) => s.from === v);
    if (!step) {
      throw new AppError(
        'INVALID_PROJECT_FILE',
        `${fileName} uses project file version ${v}, which this Tenfold cannot upgrade. Open and save it in an older Tenfold first, or set "schemaVersion" to a supported version.`,
        [{ path: 'schemaVersion', message: `version ${v} has no upgrade to version ${v + 1}` }],
      );
    }
    current = { ...step.migrate(current), schemaVersion: v + 1 };
  }
  return current;
}
