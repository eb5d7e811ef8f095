import { describe, expect, it } from 'vitest';
import { calibrate, calibrationSystems } from './calibration';

/**
 * The calibration bar (docs/agenda.md, Calibration) on each of the six calibration systems: every point a reviewer raises that a model
 * can express is among the findings, at least 80% of them among the first 25 in priority order, at
 * most 3 findings per reviewer flag, and no figure a real system could not reach.
 */
describe.each(calibrationSystems)('calibration on %s', (system) => {
  const result = calibrate(system);

  it('reports every flag a model can express', () => {
    expect(result.missed).toEqual([]);
    expect(result.found.length).toBe(result.expressible);
  });

  it('puts at least 80% of those flags among the first 25 findings', () => {
    const late = result.found.filter((flag) => flag.rank > 25).map((flag) => `${flag.id} at ${flag.rank}`);
    expect(result.inTop25, late.join(', ')).toBeGreaterThanOrEqual(Math.ceil(0.8 * result.expressible));
  });

  it('reports at most 3 findings per reviewer flag', () => {
    expect(result.findings).toBeLessThanOrEqual(3 * result.flags);
  });

  it('reports no figure above 10,000,000', () => {
    expect(result.absurd).toEqual([]);
  });
});
