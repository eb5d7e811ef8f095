import { CURRENT_SCHEMA_VERSION, type ProjectInput } from '../project';

/**
 * A small but complete project file object for tests of the file format and the library: every
 * array that the serializer sorts holds two records in reverse id order, so sorting is visible.
 */
export function sampleProjectInput(): ProjectInput {
  const web = '00000000-0000-4000-8000-00000000000b';
  const db = '00000000-0000-4000-8000-00000000000a';
  const users = '00000000-0000-4000-8000-00000000000c';
  const zoneB = '00000000-0000-4000-8000-0000000000f2';
  const zoneA = '00000000-0000-4000-8000-0000000000f1';
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: '10000000-0000-4000-8000-000000000001',
    name: 'Sample shop',
    description: 'A web tier and a database.',
    components: [
      { name: 'web', kind: 'service', id: web, technology: 'Node.js', zoneIds: [zoneB, zoneA], deployment: { instances: 2, autoscaling: true } },
      { id: db, name: 'db', kind: 'database', technology: 'PostgreSQL 16', data: { sizeGb: 40, growthGbPerMonth: 2 } },
      { id: users, name: 'users', kind: 'client' },
    ],
    connections: [
      { id: '00000000-0000-4000-8000-0000000000c2', from: web, to: db, kind: 'read', timeoutMs: 500 },
      { id: '00000000-0000-4000-8000-0000000000c1', from: users, to: web, kind: 'sync' },
    ],
    zones: [
      { id: zoneB, name: 'eu-west-1b' },
      { id: zoneA, name: 'eu-west-1a' },
    ],
    workload: { growthFactor: 10, teamSize: 4, entryPoints: [{ componentId: users, peakRps: 120 }] },
    review: {
      findings: [
        { key: 'redundancy/single-point-of-failure|' + db, status: 'accepted-risk', rationale: 'Managed failover planned', owner: 'Ana', history: [] },
        { key: 'async/no-dead-letter|' + web, status: 'planned', history: [] },
      ],
      decisions: [
        { id: '00000000-0000-4000-8000-0000000000d2', title: 'Keep one database', date: '2026-01-15' },
        { id: '00000000-0000-4000-8000-0000000000d1', title: 'Use a CDN', date: '2026-01-10' },
      ],
    },
    ruleOverrides: [
      { ruleId: 'simplicity/too-many-services', severity: 'off' },
      { ruleId: 'growth/assumed-capacity', severity: 'off', tag: 'legacy' },
      { ruleId: 'growth/assumed-capacity', severity: 'warning' },
    ],
    layout: { components: { [web]: { x: 200, y: 0 }, [db]: { x: 400, y: 0 }, [users]: { x: 0, y: 0 } }, zones: {} },
  };
}
