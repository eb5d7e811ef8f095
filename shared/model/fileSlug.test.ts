import { describe, expect, it } from 'vitest';
import { fileSlug } from './fileSlug';

describe('fileSlug', () => {
  it('keeps letters and digits, folds accents and joins the rest with dashes', () => {
    expect(fileSlug('Orders & Co / EU')).toBe('orders-co-eu');
    expect(fileSlug('Zürich Shop 2')).toBe('zurich-shop-2');
    expect(fileSlug('<script>')).toBe('script');
    expect(fileSlug('東京')).toBe('project');
    expect(fileSlug('x'.repeat(100))).toHaveLength(80);
  });
});
