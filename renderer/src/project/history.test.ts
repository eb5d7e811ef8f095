import { describe, expect, it } from 'vitest';
import { COALESCE_MS, createHistory, record, redo, undo } from './history';

describe('history', () => {
  it('undoes and redoes in order', () => {
    let h = createHistory(1);
    h = record(h, 'a', 2, 0);
    h = record(h, 'b', 3, 5000);
    expect(h.present).toBe(3);
    h = undo(h);
    expect(h.present).toBe(2);
    h = undo(h);
    expect(h.present).toBe(1);
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present).toBe(2);
    expect(h.future.map((s) => s.label)).toEqual(['b']);
  });

  it('merges rapid edits of one field into one step', () => {
    let h = createHistory('');
    h = record(h, 'Set name', 'o', 0, 'name');
    h = record(h, 'Set name', 'or', 200, 'name');
    h = record(h, 'Set name', 'ord', 400, 'name');
    expect(h.past).toHaveLength(1);
    expect(undo(h).present).toBe('');
  });

  it('starts a new step after a pause or in another field', () => {
    let h = createHistory(0);
    h = record(h, 'Set a', 1, 0, 'a');
    h = record(h, 'Set a', 2, COALESCE_MS + 1, 'a');
    h = record(h, 'Set b', 3, COALESCE_MS + 2, 'b');
    expect(h.past).toHaveLength(3);
  });

  it('does not merge typing into a step that was undone and redone', () => {
    let h = createHistory(0);
    h = record(h, 'Set a', 1, 0, 'a');
    h = redo(undo(h));
    h = record(h, 'Set a', 2, 10, 'a');
    expect(h.past).toHaveLength(2);
  });

  it('drops the redo branch on a new edit and ignores no-op edits', () => {
    let h = createHistory(0);
    h = record(h, 'a', 1, 0);
    h = undo(h);
    h = record(h, 'b', 5, 10);
    expect(h.future).toHaveLength(0);
    expect(record(h, 'same', h.present, 20)).toBe(h);
  });
});
