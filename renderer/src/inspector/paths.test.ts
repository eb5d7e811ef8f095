import { describe, expect, it } from 'vitest';
import { getIn, setIn } from './paths';

describe('nested property paths', () => {
  it('sets a nested property without touching the original', () => {
    const original = { name: 'db', data: { sizeGb: 10 } };
    const next = setIn(original, ['data', 'backups', 'enabled'], true);
    expect(next).toEqual({ name: 'db', data: { sizeGb: 10, backups: { enabled: true } } });
    expect(original).toEqual({ name: 'db', data: { sizeGb: 10 } });
    expect(getIn(next, ['data', 'backups', 'enabled'])).toBe(true);
    expect(getIn(next, ['missing', 'x'])).toBeUndefined();
  });

  it('clearing the last property of a section removes the section', () => {
    const next = setIn({ name: 'db', deployment: { instances: 2 } }, ['deployment', 'instances'], undefined);
    expect(next).toEqual({ name: 'db' });
    const deep = setIn({ name: 'db', data: { backups: { enabled: true } } }, ['data', 'backups', 'enabled'], undefined);
    expect(deep).toEqual({ name: 'db' });
  });
});
