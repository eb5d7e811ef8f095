import { describe, expect, it } from 'vitest';
import { writeJson } from './jsonChunks';

function written(value: unknown, chunkSize?: number): { text: string; chunks: number } {
  const chunks: string[] = [];
  writeJson(value, (chunk) => chunks.push(chunk), chunkSize);
  return { text: chunks.join(''), chunks: chunks.length };
}

describe('writeJson', () => {
  it('writes what JSON.stringify(value, null, 2) returns, for every kind of value', () => {
    const values: unknown[] = [
      null,
      0,
      -1.5,
      Number.NaN,
      Infinity,
      true,
      'a "quoted" \u2028 line\n',
      [],
      {},
      [[]],
      [{}],
      { a: {} },
      { a: undefined, b: () => 1, c: Symbol('s'), d: 1 },
      { a: undefined },
      [undefined, () => 1, Symbol('s'), 2],
      { when: new Date(Date.UTC(2026, 0, 2)), nested: { toJSON: (key: string) => `key ${key}` } },
      new Map([['a', 1]]),
      new String('boxed'),
      { '"odd" key\n': [1, { x: [null, 'y'] }], list: Array.from({ length: 50 }, (_, i) => ({ i, name: `n${i}`, tags: i % 3 ? [] : ['t'] })) },
    ];
    for (const value of values) expect(written(value).text).toBe(JSON.stringify(value, null, 2));
  });

  it('writes nothing for a value JSON.stringify leaves out', () => {
    expect(written(undefined).text).toBe('');
  });

  it('writes in pieces of about the size asked, never the whole text at once', () => {
    const value = { findings: Array.from({ length: 2000 }, (_, i) => ({ key: `k${i}`, message: 'm'.repeat(100) })) };
    const { text, chunks } = written(value, 4096);
    expect(text).toBe(JSON.stringify(value, null, 2));
    expect(chunks).toBeGreaterThan(text.length / 4096 / 2);
  });
});
