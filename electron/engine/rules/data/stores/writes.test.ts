import { describe, expect, it } from 'vitest';
import type { Connection } from '../../../types';
import { isWrite } from './writes';

const connection = (kind: Connection['kind'], mutating?: boolean): Connection =>
  ({ id: 'c', from: 'a', to: 'b', kind, ...(mutating === undefined ? {} : { mutating }) }) as unknown as Connection;

describe('isWrite', () => {
  it('counts writes and mutating synchronous calls, not reads or async messages', () => {
    expect(isWrite(connection('write'))).toBe(true);
    expect(isWrite(connection('sync', true))).toBe(true);
    expect(isWrite(connection('sync'))).toBe(false);
    expect(isWrite(connection('read', true))).toBe(false);
    expect(isWrite(connection('async', true))).toBe(false);
  });
});
