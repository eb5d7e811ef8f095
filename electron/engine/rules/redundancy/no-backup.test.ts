import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { noBackup } from './no-backup';

describe('redundancy/no-backup', () => {
  it('reports a durable store without backups as an error', () => {
    const m = new ModelBuilder();
    const db = m.component('orders-db', 'database');
    const reports = reportsOf(noBackup, m.build());
    expect(targetsOf(reports)).toEqual([[db]]);
    expect(reports[0]!.severity).toBe('error');
    expect(reports[0]!.message).toBe('orders-db holds durable data with no backups, so a deletion or corruption cannot be undone.');
    expect(reports[0]!.evidence).toEqual({ backups: false, pointInTimeRecovery: false, restoreTested: false });
  });

  it('says which of point-in-time recovery and a tested restore is missing', () => {
    const m = new ModelBuilder();
    m.component('files', 'object-storage', { data: { backups: { enabled: true, pointInTimeRecovery: true } } });
    m.component('ledger', 'stream', { state: { durableData: true }, data: { backups: { enabled: true } } });
    const reports = reportsOf(noBackup, m.build());
    expect(reports.map((r) => r.message)).toEqual([
      'files is backed up, but has no tested restore.',
      'ledger is backed up, but has no point-in-time recovery and no tested restore.',
    ]);
    expect(reports[0]!.severity).toBeUndefined();
  });

  it('does not report fully protected stores, derived stores, queues, caches or services', () => {
    const m = new ModelBuilder();
    m.component('db', 'database', { data: { backups: { enabled: true, pointInTimeRecovery: true, restoreTested: true } } });
    m.component('index', 'search', { state: { durableData: false } });
    m.component('jobs', 'queue', { messaging: { durable: true } });
    m.component('redis', 'cache');
    m.component('api', 'service');
    expect(reportsOf(noBackup, m.build())).toEqual([]);
  });
});
