import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { hardDeletes } from './hard-deletes';

describe('data/hard-deletes', () => {
  it('reports hard deletes on auditable records', () => {
    const m = new ModelBuilder();
    const ledger = m.component('ledger', 'database', { data: { deletes: 'hard', auditTrail: true } });
    const reports = reportsOf(hardDeletes, m.build());
    expect(targetsOf(reports)).toEqual([[ledger]]);
    expect(reports[0]!.message).toBe('ledger deletes records outright, although its records must stay auditable.');
  });

  it('does not report soft deletes, or hard deletes where no audit trail is needed', () => {
    const m = new ModelBuilder();
    m.component('a', 'database', { data: { deletes: 'soft', auditTrail: true } });
    m.component('b', 'database', { data: { deletes: 'hard' } });
    m.component('c', 'database', { data: { deletes: 'hard', auditTrail: false } });
    expect(reportsOf(hardDeletes, m.build())).toEqual([]);
  });
});
