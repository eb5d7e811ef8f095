import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { localDisk } from './local-disk';

describe('stateless/local-disk', () => {
  it('reports a compute tier that writes to local disk', () => {
    const m = new ModelBuilder();
    const uploads = m.component('uploads', 'service', { state: { localDiskWrites: true }, deployment: { instances: 2 } });
    m.component('assets', 'object-storage');
    const reports = reportsOf(localDisk, m.build());
    expect(targetsOf(reports)).toEqual([[uploads]]);
    expect(reports[0]!.message).toBe(
      'uploads writes files to its local disk although the project already has object storage; its 2 instances cannot share them, and a replaced instance loses them.',
    );
    expect(reports[0]!.evidence).toEqual({ components: 1, instances: 2 });
    expect(reports[0]!.keyTargets).toEqual([]);
  });

  it('reports every tier writing to local disk in one finding keyed by the rule', () => {
    const m = new ModelBuilder();
    const uploads = m.component('uploads', 'service', { state: { localDiskWrites: true }, deployment: { instances: 2 } });
    const reports = m.component('reports', 'worker', { state: { localDiskWrites: true } });
    const found = reportsOf(localDisk, m.build());
    expect(targetsOf(found)).toEqual([[uploads, reports]]);
    expect(found[0]!.keyTargets).toEqual([]);
    expect(found[0]!.message).toBe(
      '2 compute tiers write files to their local disk: uploads (2 instances) and reports. No other instance sees those files, and a replaced instance loses them.',
    );
    expect(found[0]!.evidence).toEqual({ components: 2, instances: 2 });
    m.component('assets', 'object-storage');
    expect(reportsOf(localDisk, m.build())[0]!.message).toContain('write files to their local disk, although the project already has object storage: uploads');
  });

  it('says what a second instance would miss when there is one instance', () => {
    const m = new ModelBuilder();
    m.component('reports', 'worker', { state: { localDiskWrites: true } });
    expect(reportsOf(localDisk, m.build())[0]!.message).toBe(
      'reports writes files to its local disk; a second instance would not see them, and a replaced instance loses them.',
    );
  });

  it('does not report stores, tiers that do not write locally, or unstated writes', () => {
    const m = new ModelBuilder();
    m.component('db', 'database', { state: { localDiskWrites: true } });
    m.component('web', 'service', { state: { localDiskWrites: false } });
    m.component('api', 'service');
    expect(reportsOf(localDisk, m.build())).toEqual([]);
  });
});
