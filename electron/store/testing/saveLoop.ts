/**
 * Child process of crash.test.ts: saves revisions of one project in a tight loop and reports
 * "<revisionId> <round>" on stdout after each save has committed, until it is killed.
 * Run: node --import tsx electron/store/testing/saveLoop.ts <dataDir>
 */
import { writeSync } from 'node:fs';
import { Project } from '../../../shared/model/project';
import { openLibrary } from '../library';

export const CRASH_PROJECT_ID = '30000000-0000-4000-8000-000000000001';

function uuid(n: number): string {
  return `30000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** The project as saved in round `round`: its description and one component name carry the round. */
export function projectAtRound(round: number): Project {
  const components = Array.from({ length: 300 }, (_, i) => ({ id: uuid(i + 10), name: i === 0 ? `round ${round}` : `service ${i}`, kind: 'service' as const }));
  const connections = components.slice(1).map((c, i) => ({ id: uuid(10_000 + i), from: components[0]!.id, to: c.id, kind: 'sync' as const }));
  return Project.parse({ schemaVersion: 1, id: CRASH_PROJECT_ID, name: 'Crash test', description: `round ${round}`, components, connections });
}

const dataDir = process.argv[2];
if (dataDir) {
  const library = openLibrary(dataDir);
  if (!library.find(CRASH_PROJECT_ID)) library.create(projectAtRound(0));
  for (let round = 1; ; round++) {
    const { revisionId } = library.save(projectAtRound(round), `round ${round}`);
    // writeSync: the line must leave the process before the next save starts.
    writeSync(1, `${revisionId} ${round}\n`);
  }
}
