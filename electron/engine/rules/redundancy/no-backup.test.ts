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
    expect(reports[0]!.evidence).toEqual({ stores: 1, withoutBackups: 1, withoutPointInTimeRecovery: 1, withoutTestedRestore: 1 });
  });

  it('says which of point-in-time recovery and a tested restore is missing', () => {
    const m = new ModelBuilder();
    m.component('ledger', 'stream', { state: { durableData: true }, data: { backups: { enabled: true } } });
    const reports = reportsOf(noBackup, m.build());
    expect(reports.map((r) => r.message)).toEqual(['ledger is backed up, but has no point-in-time recovery and no tested restore.']);
    expect(reports[0]!.severity).toBeUndefined();
  });

  it('reports every store that cannot be fully restored in one finding keyed by the rule, an error when any has no backups', () => {
    const m = new ModelBuilder();
    const files = m.component('files', 'object-storage', { data: { backups: { enabled: true, pointInTimeRecovery: true } } });
    const ledger = m.component('ledger', 'stream', { state: { durableData: true }, data: { backups: { enabled: true } } });
    const orders = m.component('orders-db', 'database');
    const carts = m.component('carts-db', 'database');
    const reports = reportsOf(noBackup, m.build());
    expect(targetsOf(reports)).toEqual([[files, ledger, orders, carts]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.severity).toBe('error');
    expect(reports[0]!.message).toBe(
      '4 durable stores cannot be fully restored: no backups on orders-db and carts-db, so a deletion or corruption there cannot be undone; backed up but not fully restorable: files (no tested restore) and ledger (no point-in-time recovery, no tested restore).',
    );
    expect(reports[0]!.evidence).toEqual({ stores: 4, withoutBackups: 2, withoutPointInTimeRecovery: 3, withoutTestedRestore: 4 });
    const refinements = new ModelBuilder();
    refinements.component('files', 'object-storage', { data: { backups: { enabled: true, pointInTimeRecovery: true } } });
    refinements.component('ledger', 'stream', { state: { durableData: true }, data: { backups: { enabled: true } } });
    expect(reportsOf(noBackup, refinements.build())[0]!.severity).toBeUndefined();
  });

  it("says when a store keeps its data on its container's own disk", () => {
    const m = new ModelBuilder();
    m.component('accounts-db', 'database', { state: { durableData: true, localDiskWrites: true } });
    m.component('ledger-db', 'database', { state: { durableData: true, localDiskWrites: true } });
    m.component('orders-db', 'database');
    const reports = reportsOf(noBackup, m.build());
    expect(reports[0]!.message).toBe(
      "3 durable stores cannot be fully restored: no backups on accounts-db, ledger-db and orders-db, so a deletion or corruption there cannot be undone. accounts-db and ledger-db keep their data on their containers' own disks, so re-creating or rescheduling a container loses its data too.",
    );
    expect(reports[0]!.evidence).toMatchObject({ onLocalDisk: 2 });
    const one = new ModelBuilder();
    one.component('catalogue-db', 'database', { state: { durableData: true, localDiskWrites: true } });
    expect(reportsOf(noBackup, one.build())[0]!.message).toBe(
      "catalogue-db holds durable data with no backups, so a deletion or corruption cannot be undone. catalogue-db keeps its data on its container's own disk, so re-creating or rescheduling the container loses it too.",
    );
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

  it('does not ask a replica drawn as its own component for backups of its own', () => {
    const m = new ModelBuilder();
    const primary = m.component('postgres', 'database', { data: { backups: { enabled: true, pointInTimeRecovery: true, restoreTested: true } } });
    const replica = m.component('postgres-replica', 'database');
    m.connect(primary, replica, 'replication');
    expect(reportsOf(noBackup, m.build())).toEqual([]);
  });
});
