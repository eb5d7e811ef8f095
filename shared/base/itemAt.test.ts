import { describe, expect, it } from 'vitest';
import { itemAt } from './itemAt';

describe('itemAt', () => {
  it('reads the element at an index in range, zero and null included', () => {
    expect(itemAt(['a', 'b'], 1)).toBe('b');
    expect(itemAt(new Int32Array([0, 7]), 0)).toBe(0);
    expect(itemAt([null], 0)).toBeNull();
  });

  it('throws a RangeError naming the index and the length when the index is out of range', () => {
    expect(() => itemAt(new Float64Array(3), 3)).toThrow(new RangeError('No element at index 3 of 3: an index is out of step with the array it reads'));
    expect(() => itemAt(['a'], -1)).toThrow(RangeError);
  });
});
