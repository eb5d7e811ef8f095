import { describe, expect, it } from 'vitest';
import { formatList, formatMultiple, formatNumber, formatPercent, formatPath, formatRate, formatShortList } from './format';

describe('format', () => {
  it('formats numbers with grouping and no machine locale', () => {
    expect(formatNumber(1234.5)).toBe('1,235');
    expect(formatNumber(12.34)).toBe('12.3');
    expect(formatNumber(0.5)).toBe('0.5');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(Number.NaN)).toBe('n/a');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('unbounded');
    expect(formatRate(2000)).toBe('2,000/s');
  });
  it('keeps the nines of availability apart', () => {
    expect(formatPercent(0.99970003)).toBe('99.97%');
    expect(formatPercent(0.9999)).toBe('99.99%');
    expect(formatPercent(0.999)).toBe('99.9%');
    expect(formatPercent(0.7)).toBe('70%');
  });
  it('formats multiples and lists', () => {
    expect(formatMultiple(3.24)).toBe('3.2×');
    expect(formatMultiple(null)).toBe('unbounded');
    expect(formatList(['a', 'b', 'c'])).toBe('a, b and c');
    expect(formatList(['a'])).toBe('a');
  });
  it('shortens long lists', () => {
    expect(formatShortList(['a', 'b'], 3)).toBe('a and b');
    expect(formatShortList(['a', 'b', 'c', 'd', 'e'], 3)).toBe('a, b, c and 2 more');
  });
  it('shortens long paths but keeps both ends', () => {
    expect(formatPath(['a', 'b', 'c'])).toBe('a → b → c');
    expect(formatPath(['a', 'b', 'c', 'd', 'e', 'f'], 4)).toBe('a → b → … → f');
  });
});
