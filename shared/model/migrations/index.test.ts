import { describe, expect, it } from 'vitest';
import { AppError } from '../../ipc/errors';
import { CURRENT_SCHEMA_VERSION } from '../project';
import { parseProjectFile, serializeProject } from '../projectFile';
import { migrateProjectData, projectFileMigrations, type MigrationStep, type RawProjectData } from './index';

/**
 * A synthetic version 0 of the file format, to prove upgrade steps run: it called components
 * "nodes" and connections "edges", and each edge had "source"/"target" instead of "from"/"to".
 */
const v0ToV1: MigrationStep = {
  from: 0,
  describe: 'nodes/edges become components/connections',
  migrate(data: RawProjectData): RawProjectData {
    const { nodes, edges, ...rest } = data;
    const connections = (edges as Record<string, unknown>[]).map(({ source, target, ...edge }) => ({ ...edge, from: source, to: target }));
    return { ...rest, components: nodes, connections };
  },
};

const v0File = `{
  "schemaVersion": 0,
  "id": "20000000-0000-4000-8000-000000000001",
  "name": "Legacy blog",
  "nodes": [
    { "id": "20000000-0000-4000-8000-00000000000a", "name": "blog", "kind": "service" },
    { "id": "20000000-0000-4000-8000-00000000000b", "name": "posts", "kind": "database" }
  ],
  "edges": [
    { "id": "20000000-0000-4000-8000-0000000000e1", "source": "20000000-0000-4000-8000-00000000000a", "target": "20000000-0000-4000-8000-00000000000b", "kind": "read" }
  ]
}
`;

describe('project file migrations', () => {
  it('upgrades a version 0 file through its step before validation', () => {
    const project = parseProjectFile(v0File, 'legacy.tenfold.json', { migrations: [v0ToV1, ...projectFileMigrations] });
    expect(project.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(project.components.map((c) => c.name)).toEqual(['blog', 'posts']);
    expect(project.connections[0]).toMatchObject({ from: '20000000-0000-4000-8000-00000000000a', to: '20000000-0000-4000-8000-00000000000b' });
    // Once upgraded it saves as a current file.
    expect(serializeProject(project)).toContain(`"schemaVersion": ${CURRENT_SCHEMA_VERSION}`);
  });

  it('reads a real version 1 file as the current version, unchanged', () => {
    const v1 = v0File
      .replace('"schemaVersion": 0', '"schemaVersion": 1')
      .replace('"nodes"', '"components"')
      .replace('"edges"', '"connections"')
      .replace('"source"', '"from"')
      .replace('"target"', '"to"');
    const project = parseProjectFile(v1, 'shop.tenfold.json');
    expect(project.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(project.connections[0]).toMatchObject({ kind: 'read', from: '20000000-0000-4000-8000-00000000000a' });
  });

  it('reads a version 2 file with a planned finding as version 3, and version 3 keeps due dates and notes', () => {
    const v2 = JSON.parse(
      serializeProject(
        parseProjectFile(
          v0File
            .replace('"schemaVersion": 0', '"schemaVersion": 1')
            .replace('"nodes"', '"components"')
            .replace('"edges"', '"connections"')
            .replace('"source"', '"from"')
            .replace('"target"', '"to"'),
          'a.tenfold.json',
        ),
      ),
    );
    v2.schemaVersion = 2;
    v2.review = { findings: [{ key: 'k', status: 'planned', owner: 'Data team', history: [] }], decisions: [] };
    const upgraded = parseProjectFile(JSON.stringify(v2), 'planned.tenfold.json');
    expect(upgraded.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(upgraded.review.findings[0]).toMatchObject({ status: 'planned', owner: 'Data team' });
    const v3 = {
      ...upgraded,
      review: { ...upgraded.review, findings: [{ ...upgraded.review.findings[0]!, dueOn: '2027-03-31' }] },
      layout: {
        ...upgraded.layout,
        notes: { '20000000-0000-4000-8000-0000000000f1': { x: 0, y: -120, width: 240, height: 80, text: 'Owned by the platform team' } },
      },
    };
    const again = parseProjectFile(serializeProject(v3), 'notes.tenfold.json');
    expect(again.review.findings[0]?.dueOn).toBe('2027-03-31');
    expect(again.layout.notes).toEqual(v3.layout.notes);
  });

  it('runs steps in order and stamps each version', () => {
    const seen: number[] = [];
    const step = (from: number): MigrationStep => ({
      from,
      describe: `step ${from}`,
      migrate: (data) => {
        seen.push(data.schemaVersion as number);
        return data;
      },
    });
    const out = migrateProjectData({ schemaVersion: 0 }, 0, 3, 'x.json', [step(2), step(0), step(1)]);
    expect(seen).toEqual([0, 1, 2]);
    expect(out.schemaVersion).toBe(3);
  });

  it('refuses a version no step upgrades, naming the file and the field', () => {
    let caught: unknown;
    try {
      parseProjectFile(v0File, 'legacy.tenfold.json');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    const error = caught as AppError;
    expect(error.code).toBe('INVALID_PROJECT_FILE');
    expect(error.message).toContain('legacy.tenfold.json');
    expect(error.problems).toEqual([{ path: 'schemaVersion', message: 'version 0 has no upgrade to version 1' }]);
  });
});
