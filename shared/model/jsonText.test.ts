import { describe, expect, it } from 'vitest';
import { lineColumn, locatePaths, scanJson } from './jsonText';

/** A pseudo-random JSON value from a seed (deterministic, so a failure can be replayed). */
function randomValue(seed: { n: number }, depth: number): unknown {
  seed.n = (seed.n * 1103515245 + 12345) % 2147483648;
  const pick = seed.n % (depth > 5 ? 5 : 7);
  switch (pick) {
    case 0:
      return null;
    case 1:
      return seed.n % 2 === 0;
    case 2:
      return (seed.n % 2 ? -1 : 1) * (seed.n / 1000) * (seed.n % 3 ? 1 : 1e-7);
    case 3:
      return String.fromCharCode(...Array.from({ length: seed.n % 12 }, (_, i) => [34, 92, 10, 9, 0x263a, 0xe9, 65 + i, 0x1f][(seed.n + i) % 8]!));
    case 4:
      return seed.n % 1000;
    case 5:
      return Array.from({ length: seed.n % 4 }, () => randomValue(seed, depth + 1));
    default:
      return Object.fromEntries(Array.from({ length: seed.n % 4 }, (_, i) => [`k${i}"\\${seed.n % 7}`, randomValue(seed, depth + 1)]));
  }
}

describe('scanJson', () => {
  it('accepts everything JSON.stringify produces, compact or indented', () => {
    const seed = { n: 42 };
    for (let i = 0; i < 500; i++) {
      const value = randomValue(seed, 0);
      expect(scanJson(JSON.stringify(value))).toBeNull();
      expect(scanJson(JSON.stringify(value, null, 2))).toBeNull();
    }
    expect(scanJson('\ufeff{"a": [1e5, -0, 1.5E-3, "\\u00e9\\n"], "b": {}, "c": []}\r\n')).toBeNull();
  });

  it('refuses what JSON.parse refuses, at the right place', () => {
    const cases: [string, number][] = [
      ['{"a": 1,}', 8],
      ['[1 2]', 3],
      ['{"a" 1}', 5],
      ["{'a': 1}", 1],
      ['[01]', 2],
      ['{"a": tru}', 6],
      ['"line\nbreak"', 5],
      ['[1] [2]', 4],
      ['{"a": "\\x"}', 7],
      ['[', 1],
      ['', 0],
      ['NaN', 0],
    ];
    for (const [text, offset] of cases) {
      expect(() => JSON.parse(text), text).toThrow();
      expect(scanJson(text)?.offset, text).toBe(offset);
    }
  });

  it('stops at the depth limit without recursion', () => {
    expect(scanJson('['.repeat(100_000))?.message).toContain('nested more than 64 levels');
    expect(scanJson(`${'['.repeat(64)}${']'.repeat(64)}`)).toBeNull();
  });
});

describe('locatePaths and lineColumn', () => {
  it('finds members at their keys and elements at their values', () => {
    const text = '{\n  "components": [\n    {"id": "a", "kind": "x"},\n    {"id": "b"}\n  ]\n}';
    const found = locatePaths(text, new Set(['components[0].kind', 'components[1]', 'components', 'missing']));
    expect(lineColumn(text, found.get('components[0].kind')!)).toEqual({ line: 3, column: 17 });
    expect(lineColumn(text, found.get('components[1]')!)).toEqual({ line: 4, column: 5 });
    expect(lineColumn(text, found.get('components')!)).toEqual({ line: 2, column: 3 });
    expect(found.has('missing')).toBe(false);
  });
});
