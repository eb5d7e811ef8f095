import { describe, expect, it } from 'vitest';
import { componentKinds } from '../../../../../shared/model/component';
import { goldenSignals } from './goldenSignals';

describe('goldenSignals', () => {
  it('gives every kind at least two signals', () => {
    for (const kind of componentKinds) expect(goldenSignals(kind).length, kind).toBeGreaterThanOrEqual(2);
  });

  it('asks services for the four golden signals and stores for what fails first', () => {
    expect(goldenSignals('service')).toEqual(['latency', 'traffic', 'errors', 'saturation']);
    expect(goldenSignals('queue')).toContain('queue depth');
    expect(goldenSignals('queue')).toContain('age of the oldest message');
    expect(goldenSignals('database')).toContain('replication lag');
    expect(goldenSignals('database')).toContain('disk space');
  });
});
