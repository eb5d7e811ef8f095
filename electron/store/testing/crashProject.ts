import { CURRENT_SCHEMA_VERSION, Project } from '../../../shared/model/project';

/** The project the crash test's child process saves over and over. */
export const CRASH_PROJECT_ID = '30000000-0000-4000-8000-000000000001';

function uuid(n: number): string {
  return `30000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** The project as saved in round `round`: its description and one component name carry the round. */
export function projectAtRound(round: number): Project {
  const components = Array.from({ length: 300 }, (_, i) => ({ id: uuid(i + 10), name: i === 0 ? `round ${round}` : `service ${i}`, kind: 'service' as const }));
  const connections = components.slice(1).map((c, i) => ({ id: uuid(10_000 + i), from: components[0]!.id, to: c.id, kind: 'sync' as const }));
  return Project.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: CRASH_PROJECT_ID,
    name: 'Crash test',
    description: `round ${round}`,
    components,
    connections,
  });
}
