import { describe, expect, it } from 'vitest';
import { largeLayout, type LargeLayoutInput } from './largeLayout';
import { packLayout, unpackLayout } from './largeLayoutAnswer';

describe("the large-layout worker's answer", () => {
  it('carries every position and zone box through a structured clone unchanged', () => {
    const input: LargeLayoutInput = {
      components: [
        { id: 'web', zone: 'eu' },
        { id: 'api', zone: 'eu' },
        { id: 'db', zone: null },
        { id: 'loner', zone: null },
      ],
      connections: [
        { from: 'web', to: 'api' },
        { from: 'api', to: 'db' },
      ],
    };
    const result = largeLayout(input);
    const packed = packLayout(input, result);
    expect(packed.coordinates).toBeInstanceOf(Float64Array);
    expect(packed.coordinates.length).toBe(8);
    expect(unpackLayout(input, structuredClone(packed))).toEqual(result);
  });
});
