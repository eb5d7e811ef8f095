/**
 * Child process of crash.test.ts: saves revisions of one project in a tight loop and reports
 * "<revisionId> <round>" on stdout after each save has committed, until it is killed.
 * Run: node --import tsx electron/store/testing/saveLoop.ts <dataDir>
 * (A script only: nothing imports it, so the loop never starts inside a test worker.)
 */
import { writeSync } from 'node:fs';
import { openLibrary } from '../library';
import { CRASH_PROJECT_ID, projectAtRound } from './crashProject';

const dataDir = process.argv[2];
if (!dataDir) {
  process.stderr.write('usage: saveLoop.ts <dataDir>\n');
  process.exit(2);
}
const library = openLibrary(dataDir);
if (!library.find(CRASH_PROJECT_ID)) library.create(projectAtRound(0));
for (let round = 1; ; round++) {
  const { revisionId } = library.save(projectAtRound(round), `round ${round}`);
  // writeSync: the line must leave the process before the next save starts.
  writeSync(1, `${revisionId} ${round}\n`);
}
