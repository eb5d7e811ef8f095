import { describe, expect, it } from 'vitest';
import { connectionLabel, formatFanOut } from './connectionLabel';

describe('connection label', () => {
  it('keeps the digits of a small fan-out', () => {
    expect(formatFanOut(0.05)).toBe('×0.05');
    expect(formatFanOut(0.5)).toBe('×0.5');
    expect(formatFanOut(2.5)).toBe('×2.5');
    expect(formatFanOut(1200)).toBe('×1,200');
  });

  it('names reads and writes, and the fan-out only when it is not one', () => {
    expect(connectionLabel({ kind: 'write', callsPerRequest: 0.05 })).toBe('write ×0.05');
    expect(connectionLabel({ kind: 'sync' })).toBe('');
    expect(connectionLabel({ kind: 'async', callsPerRequest: 3 })).toBe('×3');
  });
});
