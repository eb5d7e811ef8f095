import { describe, expect, it } from 'vitest';
import { downtimePerYear, formatAvailability, formatShare } from './availabilityModel';

describe('availability formatting', () => {
  it('shows as many nines as matter, rounding down', () => {
    expect(formatAvailability(0.9995)).toBe('99.95%');
    expect(formatAvailability(0.999)).toBe('99.9%');
    expect(formatAvailability(0.99895)).toBe('99.895%');
    expect(formatAvailability(0.9989999)).toBe('99.899%');
    expect(formatAvailability(1)).toBe('100%');
  });

  it('turns availability into yearly downtime', () => {
    expect(downtimePerYear(0.999)).toBe('8.8 hours');
    expect(downtimePerYear(0.9999)).toBe('53 minutes');
    expect(downtimePerYear(0.99)).toBe('3.7 days');
  });

  it('never shows a real blast radius as 0%', () => {
    expect(formatShare(0.004)).toBe('under 1%');
    expect(formatShare(0.5)).toBe('50%');
    expect(formatShare(0)).toBe('0%');
  });
});
