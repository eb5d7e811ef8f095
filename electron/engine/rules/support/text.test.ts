import { describe, expect, it } from 'vitest';
import { listSome } from './text';

describe('listSome', () => {
  it('lists short lists in full and counts the rest of long ones', () => {
    expect(listSome(['a'], 3)).toBe('a');
    expect(listSome(['a', 'b', 'c'], 3)).toBe('a, b and c');
    expect(listSome(['a', 'b', 'c', 'd', 'e'], 3)).toBe('a, b, c and 2 more');
  });
});
