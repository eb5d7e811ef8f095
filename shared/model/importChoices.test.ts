import { describe, expect, it } from 'vitest';
import { applyImportChoices } from './importChoices';
import { CURRENT_SCHEMA_VERSION, Project } from './project';

const ids = {
  web: '00000000-0000-4000-8000-000000000001',
  db: '00000000-0000-4000-8000-000000000002',
  mq: '00000000-0000-4000-8000-000000000003',
  call: '00000000-0000-4000-8000-000000000011',
  publish: '00000000-0000-4000-8000-000000000012',
  startup: '00000000-0000-4000-8000-000000000013',
  suggested: '00000000-0000-4000-8000-000000000014',
};

const project = Project.parse({
  schemaVersion: CURRENT_SCHEMA_VERSION,
  id: '00000000-0000-4000-8000-0000000000aa',
  name: 'shop',
  components: [
    { id: ids.web, name: 'web', kind: 'service' },
    { id: ids.db, name: 'db', kind: 'service' },
    { id: ids.mq, name: 'mq', kind: 'queue' },
  ],
  connections: [
    { id: ids.call, from: ids.web, to: ids.db, kind: 'sync' },
    { id: ids.publish, from: ids.web, to: ids.mq, kind: 'async' },
    { id: ids.startup, from: ids.mq, to: ids.db, kind: 'sync', dependency: 'startup' },
  ],
});

describe('applyImportChoices', () => {
  it('changes kinds, changes, reverses and removes connections, and adds accepted suggestions', () => {
    const result = applyImportChoices(project, {
      name: '  corner shop ',
      kinds: { [ids.db]: 'database' },
      connections: { [ids.call]: 'write', [ids.publish]: 'reverse', [ids.startup]: 'remove' },
      added: [{ id: ids.suggested, from: ids.db, to: ids.mq, kind: 'async' } as Project['connections'][number]],
    });
    expect(result.name).toBe('corner shop');
    expect(result.components.find((c) => c.id === ids.db)?.kind).toBe('database');
    expect(result.connections.map((c) => [c.id, c.from, c.to, c.kind, c.dependency])).toEqual([
      [ids.call, ids.web, ids.db, 'write', undefined],
      [ids.publish, ids.mq, ids.web, 'async', undefined],
      [ids.suggested, ids.db, ids.mq, 'async', undefined],
    ]);
    expect(Project.safeParse(result).success).toBe(true);
    // The preview itself is left as it was.
    expect(project.connections).toHaveLength(3);
    expect(project.components.find((c) => c.id === ids.db)?.kind).toBe('service');
  });

  it('turns a start-up dependency into a call and a call into a start-up dependency', () => {
    const result = applyImportChoices(project, { connections: { [ids.startup]: 'call', [ids.call]: 'startup' } });
    expect(result.connections.find((c) => c.id === ids.startup)).toEqual({ id: ids.startup, from: ids.mq, to: ids.db, kind: 'sync' });
    expect(result.connections.find((c) => c.id === ids.call)).toMatchObject({ kind: 'sync', dependency: 'startup' });
    expect(result.name).toBe('shop');
  });
});
