import { describe, expect, it } from 'vitest';
import { copyName } from './copyName';

describe('copy name', () => {
  it('marks a copy and numbers further copies', () => {
    expect(copyName('Shop', ['Shop'])).toBe('Shop (copy)');
    expect(copyName('Shop', ['Shop', 'Shop (copy)'])).toBe('Shop (copy 2)');
    expect(copyName('Shop (copy)', ['Shop', 'Shop (copy)'])).toBe('Shop (copy 2)');
  });

  it('stays within the name limit', () => {
    const long = 'x'.repeat(200);
    expect(copyName(long, [long])).toHaveLength(200);
    expect(copyName(long, [long]).endsWith(' (copy)')).toBe(true);
  });
});
